package com.lawfirm.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a demo matter is left, in the order of a client's life; each later stage has done everything of the earlier
 * ones on the same path. The share of matters in each stage is fixed (per cent), so a firm of any size looks alike.
 */
public enum Stage {
    /** 咨询中: the inquiry is open, first contact logged and the need identified; no conflict check asked yet. */
    INQUIRY("inquiry open", "咨询中", 8),
    /** 利冲待决: the conflict check has run and waits for the analyst's decision. */
    CHECK_PENDING("conflict check awaiting a decision", "利冲待决", 5),
    /** 已拒绝: declined, for a conflict no waiver cures or by the lawyer after the interview. */
    DECLINED("declined", "已拒绝", 8),
    /** 方案已提交: cleared, interviewed and assessed; the fee proposal is with the client. */
    PROPOSAL("cleared, proposal with the client", "方案已提交", 8),
    /** 合同签署中: proposal accepted, contract drafted, fee terms and review approved, the client has signed. */
    ENGAGEMENT("contract being signed", "合同签署中", 5),
    /** 办理中: the matter is open and staffed, its plan confirmed, reports sent and time recorded. */
    OPEN("open, work under way", "办理中", 30),
    /** 已开票: the time is approved and invoiced; the invoice is issued and sent, at most half paid. */
    BILLED("invoiced", "已开票", 10),
    /** 已结清: the invoice is paid and billing has settled the matter's fees. */
    PAID("paid and settled", "已结清", 8),
    /** 已结案: closed with its outcome and the client's feedback. */
    CLOSED("closed", "已结案", 10),
    /** 已归档: archived, read-only. */
    ARCHIVED("archived", "已归档", 8);

    /** Who gets a leftover matter first when the shares do not divide evenly: a small demo still shows the whole life. */
    private static final List<Stage> TIE_BREAK = List.of(ARCHIVED, DECLINED, BILLED, OPEN, CLOSED, PAID, INQUIRY, PROPOSAL,
            CHECK_PENDING, ENGAGEMENT);

    private final String english;
    private final String chinese;
    private final int percent;

    Stage(String english, String chinese, int percent) {
        this.english = english;
        this.chinese = chinese;
        this.percent = percent;
    }

    public String label() {
        return chinese + " " + english;
    }

    /** The matter-service status a matter in this stage has, or null when it has no matter yet. */
    public String matterStatus() {
        return switch (this) {
            case OPEN, BILLED, PAID -> "OPEN";
            case CLOSED -> "CLOSED";
            case ARCHIVED -> "ARCHIVED";
            default -> null;
        };
    }

    /** How many of {@code n} matters each stage gets: its share rounded down, the rest by largest remainder. */
    static Map<Stage, Integer> allocate(int n) {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        int given = 0;
        for (Stage stage : values()) {
            int count = n * stage.percent / 100;
            counts.put(stage, count);
            given += count;
        }
        List<Stage> byRemainder = new ArrayList<>(TIE_BREAK);
        byRemainder.sort(Comparator.comparingInt((Stage s) -> n * s.percent % 100).reversed());
        for (int i = 0; given < n; i = (i + 1) % byRemainder.size(), given++) {
            counts.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return counts;
    }
}
