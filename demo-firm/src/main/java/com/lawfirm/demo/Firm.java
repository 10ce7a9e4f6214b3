package com.lawfirm.demo;

import com.lawfirm.demo.People.StaffMember;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What every step of the demo needs: the APIs, each member of staff's token, an administrator's token (enrolling
 * staff, finding the matter a signed engagement opened), the staff ids matter-service gave, the firm's time zone and
 * the day the demo was planned on, in it (the plans' dates count back from it).
 */
record Firm(Api api, Tokens tokens, String admin, Map<String, String> staffIds, ZoneId zone, LocalDate today) {

    String token(StaffMember member) {
        return tokens.token(member.login(), member.roleArray());
    }

    String staffId(StaffMember member) {
        String id = staffIds.get(member.login());
        if (id == null) {
            throw new Api.Failure(member.login() + " is not enrolled");
        }
        return id;
    }

    /**
     * What one matter has got to so far, filled in step by step, so that a failure still tells which records exist.
     * Each matter is driven by one thread at a time.
     */
    static final class Trace {
        Stage reached;
        String clientId;
        String inquiryId;
        String checkId;
        String engagementId;
        String matterId;
        String matterNumber;
        String invoiceId;
        String invoiceNumber;
        int timeEntries;
        String note;

        Summary.MatterOutcome outcome(Plans.MatterPlan plan, String failure) {
            return new Summary.MatterOutcome(plan.index(), plan.stage(), reached, clientId, inquiryId, checkId,
                    engagementId, matterId, matterNumber, invoiceId, invoiceNumber, plan.screened() != null,
                    timeEntries, note, failure);
        }
    }
}
