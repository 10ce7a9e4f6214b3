package com.lawfirm.events.conflict;

import org.axonframework.serialization.Revision;

/** An affiliation from the firm's earlier records: subject RELATION object (e.g. A SUBSIDIARY_OF B). */
@Revision("1")
public record LegacyAffiliationImported(String recordId, String importId, ImportedParty subject, String relation,
                                        ImportedParty object) {
}
