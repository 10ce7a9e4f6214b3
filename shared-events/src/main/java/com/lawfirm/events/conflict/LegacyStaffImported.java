package com.lawfirm.events.conflict;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A staff member from the firm's earlier records, with the prior clients and relatives conflict checks need. */
@Revision("1")
public record LegacyStaffImported(String recordId, String importId, String staffId, String name, String role,
                                  List<ImportedParty> priorClients, List<ImportedParty> relatives) {
}
