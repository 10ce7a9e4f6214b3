package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The matter's file was archived (立卷归档) under a retention class; the matter is read-only from now on. */
@Revision("1")
public record MatterArchived(String matterId, RetentionClass retentionClass, String archivedBy, LocalDate archivedOn) {
}
