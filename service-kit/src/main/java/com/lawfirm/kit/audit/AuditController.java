package com.lawfirm.kit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.kit.problem.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Any aggregate's full history, straight from the service's event store, for auditors: every event in order with
 * its id, time, type, revision, payload and metadata (who, correlation, causation). Read-only.
 */
@RestController
@Validated
public class AuditController {

    public record AuditedEvent(long sequenceNumber, String eventId, String timestamp, String type, String revision,
                               JsonNode metadata, JsonNode payload) {
    }

    public record History(String aggregateType, String aggregateId, long total, int page, int size,
                          List<AuditedEvent> events) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public AuditController(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping("/api/audit/{aggregateType}/{id}/events")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    public History events(@PathVariable @Pattern(regexp = "[A-Za-z][A-Za-z0-9]{0,99}") String aggregateType,
                          @PathVariable String id,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_type = ? AND aggregate_id = ?",
                Long.class, aggregateType, id);
        if (total == null || total == 0) {
            throw new NotFoundException(aggregateType, id);
        }
        List<AuditedEvent> events = jdbc.query("""
                        SELECT sequence_number, event_id, time_stamp, payload_type, payload_revision, meta_data, payload
                          FROM domain_event_entry WHERE aggregate_type = ? AND aggregate_id = ?
                         ORDER BY sequence_number LIMIT ? OFFSET ?""",
                (rs, row) -> new AuditedEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), tree(rs.getString(6)), tree(rs.getString(7))),
                aggregateType, id, size, (long) page * size);
        return new History(aggregateType, id, total, page, size, events);
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? json.nullNode() : json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
