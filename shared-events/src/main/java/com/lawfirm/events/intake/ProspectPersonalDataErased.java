package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.ErasureNotice;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The personal data of a prospect who never became the firm's client was erased (个人信息删除, PIPL art. 47) once
 * its inquiry had been declined or withdrawn for longer than the firm keeps such records: the keys of the inquiry
 * and of the engagement drafted from it, if any ({@code subjects}), are destroyed, so the prospect's name, contacts
 * and identifiers read as erased everywhere. The inquiry's steps, the check's outcome and its hash chain remain.
 */
@Revision("1")
public record ProspectPersonalDataErased(String inquiryId, List<String> subjects, LocalDate erasedOn, String requestId,
                                         String erasedBy) implements ErasureNotice {

    @Override
    public List<String> erasedSubjects() {
        return subjects;
    }
}
