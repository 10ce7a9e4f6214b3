package com.lawfirm.events.conflict;

import java.util.List;

/**
 * Informed written consent (豁免/书面同意) of one party to the firm acting despite a conflict, the document that
 * records it, and, where the rules call for one, the ethical wall: the staff screened from the matter.
 */
public record Waiver(String partyName, String documentRef, boolean ethicalWall, List<String> screenedStaff) {
}
