package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The matter took note of a team member's conflict check: clear, or with the conflicts found. Since revision 2 the
 * findings, which name the matter's parties, are sealed under the matter.
 */
@Revision("2")
public record MemberConflictCheckRecorded(String matterId, String staffId, boolean clear,
                                          @PersonalData(subject = "matterId") List<String> findings) {
}
