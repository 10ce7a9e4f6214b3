package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An ethical wall (信息隔离) was erected: the screened staff (by login) must not reach the matter, whatever their role.
 * A wall from a conflict waiver names the inquiry the matter will be opened from; a manual one names the matter.
 */
@Revision("1")
public record EthicalWallErected(String wallId, String matterId, String inquiryId, List<String> screened,
                                 WallSource source, String reason, String erectedBy, LocalDate erectedOn) {
}
