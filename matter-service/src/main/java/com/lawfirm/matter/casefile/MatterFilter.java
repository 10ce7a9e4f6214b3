package com.lawfirm.matter.casefile;

import com.lawfirm.kit.readmodel.ReadModelQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The staff queries over the matter register, as request parameters; every one narrows the list, and several combine.
 *
 * @param mine                   only the caller's own matters
 * @param staffId                matters with this staff member on the team
 * @param deadlineBefore         an open task or milestone due on or before this date, soonest first
 * @param reportsOverdue         a progress report past its due date
 * @param keyEventsUntold        a key event the client has not yet been told of
 * @param keyEventsLate          a key event not told within its time
 * @param pendingAuthorizations  a client authorisation awaiting the client's answer
 * @param originalsInCustody     client originals held by the firm
 * @param actionsDueBefore       a corrective action due on or before this date
 * @param archiveQueue           closed matters awaiting the archive, by due date
 */
record MatterFilter(String clientId, MatterStatus status, String practiceArea, Boolean mine, String staffId,
                    LocalDate deadlineBefore, Boolean reportsOverdue, Boolean keyEventsUntold, Boolean keyEventsLate,
                    Boolean pendingAuthorizations, Boolean originalsInCustody, LocalDate actionsDueBefore,
                    Boolean archiveQueue) {

    ReadModelQuery apply(ReadModelQuery query, String login, Clock clock) {
        eq(query, "clientId", clientId);
        eq(query, "status", status == null ? null : status.name());
        eq(query, "practiceArea", practiceArea);
        if (isTrue(mine)) {
            query.contains("readers", login);
        }
        if (staffId != null) {
            query.contains("teamStaffIds", staffId);
        }
        if (deadlineBefore != null) {
            query.lte("nextDeadline", deadlineBefore.toString()).sortAscending("nextDeadline");
        }
        if (isTrue(reportsOverdue)) {
            query.lt("nextReportDueOn", LocalDate.now(clock).toString());
        }
        if (isTrue(keyEventsUntold)) {
            query.gt("keyEventsUntold", 0);
        }
        if (isTrue(keyEventsLate)) {
            // both sides in whole seconds: ISO text of equal precision sorts as the instants do
            query.lt("nextKeyEventDue", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        }
        if (isTrue(pendingAuthorizations)) {
            query.gt("pendingAuthorizations", 0);
        }
        if (isTrue(originalsInCustody)) {
            query.gt("originalsInCustody", 0);
        }
        if (actionsDueBefore != null) {
            query.lte("nextCorrectiveActionDue", actionsDueBefore.toString());
        }
        if (isTrue(archiveQueue)) {
            query.eq("status", MatterStatus.CLOSED.name()).sortAscending("archiveDueOn");
        }
        return query.sortDescending("matterNumber");
    }

    private static void eq(ReadModelQuery query, String field, String value) {
        if (value != null) {
            query.eq(field, value);
        }
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
