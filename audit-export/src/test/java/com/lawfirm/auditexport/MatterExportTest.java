package com.lawfirm.auditexport;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export against services answering as the real ones do, served here by a local HTTP server. */
class MatterExportTest {

    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? ""
                    : "?" + exchange.getRequestURI().getRawQuery());
            tokens.put(key, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String body = answers.get(key);
            byte[] bytes = (body == null ? "{\"title\":\"Not Found\"}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        answers.put("/api/matters/m-1", """
                {"matterId":"m-1","matterNumber":"2026-IP-0001","inquiryId":"inq-1","clientName":"<无锡恒越> & Co","status":"ARCHIVED"}""");
        answers.put("/api/matters/m-1/timeline", """
                [{"at":"2026-11-28T01:00:00Z","service":"intake","event":"InquiryOpened","aggregateType":"Inquiry","aggregateId":"inq-1","userId":"chen.jing"},
                 {"at":"2026-11-28T02:00:00Z","service":"matter","event":"MatterOpened","aggregateType":"Matter","aggregateId":"m-1"},
                 {"at":"2026-11-28T03:00:00Z","service":"matter","event":"MatterClosed","aggregateType":"Matter","aggregateId":"m-1"},
                 {"at":"2026-11-28T04:00:00Z","service":"conflict","event":"LegacyMatterImported","aggregateType":"LegacyImport","aggregateId":"../../etc/passwd"}]""");
        answers.put("/api/audit/Inquiry/inq-1/events?size=1000&page=0", events(2, 0, 2));
        answers.put("/api/audit/Inquiry/inq-1/verify", "{\"intact\":true,\"events\":2}");
        answers.put("/api/audit/Matter/m-1/events?size=1000&page=0", events(1001, 0, 1000));
        answers.put("/api/audit/Matter/m-1/events?size=1000&page=1", events(1001, 1000, 1001));
        answers.put("/api/audit/Matter/m-1/verify", "{\"intact\":false,\"events\":1001,\"firstBrokenSequence\":7,"
                + "\"finding\":\"event 7 does not match its hash\"}");
        answers.put("/api/audit/LegacyImport/..%2F..%2Fetc%2Fpasswd/events?size=1000&page=0", events(1, 0, 1));
        answers.put("/api/audit/LegacyImport/..%2F..%2Fetc%2Fpasswd/verify", "{\"intact\":true,\"events\":1}");
        answers.put("/api/notifications?subjectId=m-1", "{\"items\":[{\"channel\":\"EMAIL\",\"recipient\":\"client:c-1\",\"status\":\"SENT\"}]}");
        answers.put("/api/notifications?subjectId=inq-1", "{\"items\":[]}");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String events(long total, int from, int to) {
        StringBuilder events = new StringBuilder();
        for (int i = from; i < to; i++) {
            events.append(i == from ? "" : ",").append("{\"sequenceNumber\":").append(i).append('}');
        }
        return "{\"total\":" + total + ",\"events\":[" + events + "]}";
    }

    private MatterExport export() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String service : new String[]{"intake", "conflict", "matter", "billing", "notification"}) {
            urls.put(service, base);
        }
        return new MatterExport(urls, "auditor-token");
    }

    @Test
    void everyRecordsWholeHistoryIsBundledAndAnAlteredOneIsReported(@TempDir Path dir) throws IOException {
        MatterExport.Summary summary = export().export("m-1", dir.resolve("m-1.zip"));

        assertThat(summary.records()).isEqualTo(3);
        assertThat(summary.events()).isEqualTo(2 + 1001 + 1);
        assertThat(summary.intact()).isFalse();
        Map<String, byte[]> files = unzip(dir.resolve("m-1.zip"));
        assertThat(files).containsKeys("events/intake/Inquiry-inq-1.json", "events/matter/Matter-m-1.json",
                "events/conflict/LegacyImport-.._.._etc_passwd.json", "manifest.json");
        String report = new String(files.get("report.html"), StandardCharsets.UTF_8);
        assertThat(report).contains("&lt;无锡恒越&gt; &amp; Co").contains("event 7 does not match its hash")
                .contains("a history was altered").doesNotContain("<无锡恒越>");
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains(Bundle.sha256(files.get("report.html"))).contains("\"intact\" : false");
        assertThat(summary.manifestSha256()).isEqualTo(Bundle.sha256(files.get("manifest.json")));
        assertThat(tokens.values()).containsOnly("Bearer auditor-token");
    }

    @Test
    void aRefusalStopsTheExportWithWhatWasRefused(@TempDir Path dir) {
        answers.remove("/api/audit/Inquiry/inq-1/verify");
        assertThatThrownBy(() -> export().export("m-1", dir.resolve("m-1.zip")))
                .hasMessageContaining("/api/audit/Inquiry/inq-1/verify answered 404");
        assertThat(dir.resolve("m-1.zip")).doesNotExist();
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
