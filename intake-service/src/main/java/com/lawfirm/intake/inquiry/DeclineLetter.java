package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.DeclineReason;
import com.lawfirm.events.party.Language;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The polite decline letter (婉拒函). Built only from the prospect's own name and need and the reason's category:
 * the firm's internal note, which may name the conflicting client, never enters it, and a conflict is not named as
 * such (saying so would tell the prospect the firm acts for someone on the other side).
 */
final class DeclineLetter {

    record Letter(Language language, String subject, String body) {
    }

    private DeclineLetter() {
    }

    static Letter write(InquiryView inquiry, Language language, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        String name = inquiry.prospect.name();
        String need = inquiry.coreNeed != null ? inquiry.coreNeed : inquiry.roughNeed;
        boolean referral = inquiry.declineReason == DeclineReason.OUTSIDE_EXPERTISE;
        if (language == Language.EN) {
            String about = need == null ? "your inquiry" : "your inquiry (" + need + ")";
            return new Letter(language, "Your inquiry to our firm", "Dear " + name + ",\n\n"
                    + "Thank you for your trust in our firm and for contacting us about " + about + ".\n\n"
                    + "After an internal review we regret that the firm is unable to act for you in this matter."
                    + (referral ? " We suggest you consult counsel who specialise in this field." : "") + "\n\n"
                    + "This letter is not legal advice on the matter. To protect your rights, please instruct other "
                    + "counsel promptly and mind any limitation periods or deadlines that may apply.\n\n"
                    + "Yours faithfully,\n\n" + today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        }
        String about = need == null ? "您的咨询" : "“" + need + "”一事";
        return new Letter(Language.ZH, "关于委托事宜的回复", name + "：\n\n"
                + "感谢您对本所的信任，并就" + about + "与我们联系。\n\n"
                + "经本所内部审查，我们很遗憾地通知您，本所目前无法接受您的委托。"
                + (referral ? "建议您咨询在该领域更具专长的律师。" : "") + "\n\n"
                + "本函不构成对相关事项的法律意见。为避免影响您的权利，请尽快另行委托律师处理，并留意可能适用的时效或期限。\n\n"
                + "此致\n敬礼\n\n" + today.format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
    }
}
