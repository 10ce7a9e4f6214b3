package com.lawfirm.kit.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The daily digest: one SHA-256 over the head link of every aggregate's chain, recorded once per day. Printed and
 * kept outside the system, it attests the whole history up to that day; any later change shows as a mismatch.
 */
public class ChainDigests {

    public record Digest(LocalDate day, String digest, long chains, OffsetDateTime recordedAt) {

        /** The printable form, for the firm's records. */
        public String printable() {
            return "Event history digest / 事件历史摘要\n day: " + day + "\n chains: " + chains + "\n SHA-256: " + digest
                    + "\n recorded at: " + recordedAt + "\n";
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** {@code clock}: the firm's; a digest's day is the firm's day, recorded before its midnight. */
    public ChainDigests(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records today's digest, once; a second call the same day returns the first. */
    @Scheduled(cron = "${lawfirm.audit.digest-cron:0 55 23 * * *}", zone = "${lawfirm.firm.zone:Asia/Shanghai}")
    public Digest recordToday() {
        LocalDate today = LocalDate.now(clock);
        List<String> heads = jdbc.queryForList("""
                SELECT c.aggregate_id || ':' || c.sequence_number || ':' || c.hash FROM event_chain c
                 WHERE c.sequence_number = (SELECT max(h.sequence_number) FROM event_chain h WHERE h.aggregate_id = c.aggregate_id)
                 ORDER BY c.aggregate_id""", String.class);
        jdbc.update("INSERT INTO chain_digest (day, digest, chains, recorded_at) VALUES (?, ?, ?, now()) ON CONFLICT (day) DO NOTHING",
                today, sha256(String.join("\n", heads)), heads.size());
        return find(today).orElseThrow();
    }

    public Optional<Digest> find(LocalDate day) {
        return jdbc.query("SELECT day, digest, chains, recorded_at FROM chain_digest WHERE day = ?",
                (rs, row) -> new Digest(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class)), day).stream().findFirst();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
