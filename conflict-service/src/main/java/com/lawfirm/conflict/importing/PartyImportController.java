package com.lawfirm.conflict.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.conflict.importing.LegacyRecord.ImportLegacyRecord;
import com.lawfirm.conflict.search.PartyImport;
import com.lawfirm.events.conflict.LegacyAffiliationImported;
import com.lawfirm.events.conflict.LegacyMatterImported;
import com.lawfirm.events.conflict.LegacyStaffImported;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.axon.GuardedCommands;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The legacy import (历史数据导入): NDJSON of matters, affiliations and staff. Good lines become events; bad lines are
 * reported with their number and reason; lines imported before are counted as duplicates and add nothing.
 */
@RestController
class PartyImportController {

    record ImportResult(String importId, int imported, int duplicates, int rejected, List<PartyImport.LineError> errors) {
    }

    private final GuardedCommands commands;
    private final PartyImport parser;

    PartyImportController(GuardedCommands commands, ObjectMapper json) {
        this.commands = commands;
        this.parser = new PartyImport(json);
    }

    @PostMapping(path = "/api/party-imports", consumes = {"application/x-ndjson", "text/plain"})
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'ADMIN')")
    ResponseEntity<ImportResult> importRecords(@RequestBody String body) {
        String importId = UUID.randomUUID().toString();
        PartyImport.Parsed parsed = parser.parse(body, importId);
        if (parsed.records().isEmpty()) {
            if (parsed.errors().isEmpty()) {
                throw new InvalidFieldException("body", "the import holds no records");
            }
            return ResponseEntity.badRequest().body(new ImportResult(importId, 0, 0, parsed.errors().size(), parsed.errors()));
        }
        int imported = 0;
        int duplicates = 0;
        for (Object event : parsed.records()) {
            String recordId = recordId(event);
            try {
                if (commands.createUnlessExists(recordId, () -> new ImportLegacyRecord(recordId, event))) {
                    imported++;
                } else {
                    duplicates++;
                }
            } catch (AggregateStreamCreationException sameRecordAtTheSameTime) {
                duplicates++;
            }
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ImportResult(importId, imported, duplicates, parsed.errors().size(), parsed.errors()));
    }

    private static String recordId(Object event) {
        if (event instanceof LegacyMatterImported e) {
            return e.recordId();
        } else if (event instanceof LegacyAffiliationImported e) {
            return e.recordId();
        } else if (event instanceof LegacyStaffImported e) {
            return e.recordId();
        }
        throw new IllegalArgumentException("not an import event: " + event);
    }
}
