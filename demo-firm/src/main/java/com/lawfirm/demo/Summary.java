package com.lawfirm.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run left in the suite: the staff enrolled, the clients registered, each matter's stage with its ids, the walls
 * matter-service erected, and what failed.
 */
public record Summary(int staff, List<String> clientIds, List<MatterOutcome> matters, int walls, Duration took) {

    /**
     * One matter: the stage planned and the stage reached ({@code reached} lags {@code planned} only after a failure,
     * or when the conflict check found a conflict no waiver cures, which {@code note} says); the ids each service gave.
     */
    public record MatterOutcome(int index, Stage planned, Stage reached, String clientId, String inquiryId, String checkId,
                                String engagementId, String matterId, String matterNumber, String invoiceId,
                                String invoiceNumber, boolean walled, int timeEntries, String note, String failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    public Summary {
        clientIds = List.copyOf(clientIds);
        matters = List.copyOf(matters);
    }

    public List<String> failures() {
        return matters.stream().map(MatterOutcome::failure).filter(Objects::nonNull).toList();
    }

    public boolean ok() {
        return failures().isEmpty();
    }

    /** Matters by the stage they reached, failed ones left out. */
    public Map<Stage, Integer> byStage() {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0);
        }
        matters.stream().filter(m -> !m.failed() && m.reached() != null)
                .forEach(m -> counts.merge(m.reached(), 1, Integer::sum));
        return counts;
    }

    public long invoicesIssued() {
        return matters.stream().filter(m -> m.invoiceNumber() != null).count();
    }

    public long timeEntries() {
        return matters.stream().mapToLong(MatterOutcome::timeEntries).sum();
    }

    void print(PrintStream out) {
        out.printf("%nThe demo firm (%d s):%n  staff            %d%n  clients          %d%n  matters          %d%n",
                took.toSeconds(), staff, clientIds.size(), matters.size());
        byStage().forEach((stage, count) -> out.printf("    %-40s %4d%n", stage.label(), count));
        out.printf("  time entries     %d%n  invoices issued  %d (paid in full: %d)%n  ethical walls    %d%n",
                timeEntries(), invoicesIssued(), matters.stream().filter(m -> !m.failed() && m.reached() != null
                        && m.reached().compareTo(Stage.PAID) >= 0).count(), walls);
        matters.stream().filter(m -> m.note() != null)
                .forEach(m -> out.printf("  note: matter %d: %s%n", m.index(), m.note()));
        List<String> failures = failures();
        if (!failures.isEmpty()) {
            out.printf("  FAILED: %d matters%n", failures.size());
            failures.stream().limit(20).forEach(f -> out.println("    " + f));
        }
        matters.stream().filter(m -> m.matterNumber() != null && !m.failed()).findFirst().ifPresent(m -> out.printf(
                "%n  e.g. matter %s: GET /api/matters/%s on matter-service%n", m.matterNumber(), m.matterId()));
        out.flush();
    }
}
