package com.lawfirm.events.conflict;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * conflict-service checked a new team member against the matter's parties: clear, or the conflicts their own
 * disclosures (prior clients, relatives) raise. Until a clear check, the member does not see the matter. Since revision
 * 2 the findings, which name the matter's parties, its client among them, are sealed under the matter.
 */
@Revision("2")
public record TeamMemberConflictChecked(String checkId, String matterId, String staffId, boolean clear,
                                        @PersonalData(subject = "matterId") List<String> findings) {
}
