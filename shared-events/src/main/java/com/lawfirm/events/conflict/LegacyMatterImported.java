package com.lawfirm.events.conflict;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A matter from the firm's earlier records entered the party graph (历史案件导入). */
@Revision("1")
public record LegacyMatterImported(String recordId, String importId, String matterRef, String title, String status,
                                   String practiceArea, List<ImportedParty> parties) {
}
