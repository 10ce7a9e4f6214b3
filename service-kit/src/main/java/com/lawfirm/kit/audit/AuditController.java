package com.lawfirm.kit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.kit.problem.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Any aggregate's full history, straight from the service's event store, for auditors: every event in order with
 * its id, time, type, revision, payload and metadata (who, correlation, causation); its state at any moment; whether
 * its stored events are intact; and the daily digests. Read-only, but for recording a digest.
 */
@RestController
public class AuditController {

    private static final String TYPE = "[A-Za-z][A-Za-z0-9]{0,99}";

    public record AuditedEvent(long sequenceNumber, String eventId, String timestamp, String type, String revision,
                               JsonNode metadata, JsonNode payload) {
    }

    /** Reads a stored payload for the auditor: the personal data in it opened, or erased (type, revision, payload). */
    @FunctionalInterface
    public interface PayloadReader {
        JsonNode read(String type, String revision, JsonNode payload);
    }

    public record History(String aggregateType, String aggregateId, long total, int page, int size,
                          List<AuditedEvent> events) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ChainVerifier verifier;
    private final ChainDigests digests;
    private final StateReplay replay;
    private final PayloadReader payloads;

    public AuditController(JdbcTemplate jdbc, ObjectMapper json, ChainVerifier verifier, ChainDigests digests,
                           StateReplay replay, PayloadReader payloads) {
        this.payloads = payloads;
        this.jdbc = jdbc;
        this.json = json;
        this.verifier = verifier;
        this.digests = digests;
        this.replay = replay;
    }

    /** The aggregate as it stood at {@code asOf}: its events up to then replayed through its own handlers. */
    @GetMapping("/api/audit/{aggregateType}/{id}/state")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    public StateReplay.AggregateState state(@PathVariable @Pattern(regexp = TYPE) String aggregateType,
                                            @PathVariable String id,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        return replay.asOf(aggregateType, id, asOf);
    }

    /** Whether the aggregate's stored events are exactly as they were written, or the first one that is not. */
    @GetMapping("/api/audit/{aggregateType}/{id}/verify")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    public ChainVerifier.Verification verify(@PathVariable @Pattern(regexp = TYPE) String aggregateType,
                                             @PathVariable String id) {
        ChainVerifier.Verification verification = verifier.verify(aggregateType, id);
        if (verification.events() == 0) {
            throw new NotFoundException(aggregateType, id);
        }
        return verification;
    }

    /** Records today's digest over every chain's head (once a day; it is also recorded on a schedule). */
    @PostMapping("/api/audit/digests")
    @PreAuthorize("hasRole('ADMIN')")
    public ChainDigests.Digest recordDigest() {
        return digests.recordToday();
    }

    @GetMapping(value = "/api/audit/digests/{day}", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    public Object digest(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                         @RequestHeader(value = "Accept", defaultValue = MediaType.APPLICATION_JSON_VALUE) String accept) {
        ChainDigests.Digest digest = digests.find(day).orElseThrow(() -> new NotFoundException("digest of", day.toString()));
        return accept.contains(MediaType.TEXT_PLAIN_VALUE) ? digest.printable() : digest;
    }

    @GetMapping("/api/audit/{aggregateType}/{id}/events")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    public History events(@PathVariable @Pattern(regexp = TYPE) String aggregateType,
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
                        rs.getString(5), tree(rs.getString(6)),
                        payloads.read(rs.getString(4), rs.getString(5), tree(rs.getString(7)))),
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
