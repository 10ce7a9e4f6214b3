package com.lawfirm.auditexport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An auditor's export of one matter's whole lifecycle: the inquiry, the conflict check and its decision, the
 * engagement, the matter, its account, and what was sent out. Each record's full history comes from the service
 * that keeps it, with that service's verdict on its hash chain; the matter's timeline says which records belong to
 * it. Everything is read with the auditor's own token, so the export shows exactly what the auditor may see.
 */
public final class MatterExport {

    /** What an export produced: where, how many records and events, whether all were intact, the manifest's hash. */
    public record Summary(Path bundle, int records, long events, boolean intact, String manifestSha256) {
    }

    private final AuditApi api;
    private final ObjectMapper json = new ObjectMapper();

    public MatterExport(Map<String, String> serviceUrls, String token) {
        this.api = new AuditApi(serviceUrls, token, json);
    }

    public Summary export(String matterId, Path zip) throws IOException {
        JsonNode matter = api.matter(matterId);
        JsonNode timeline = api.timeline(matterId);
        Bundle bundle = new Bundle(json);
        bundle.json("matter.json", matter);
        bundle.json("timeline.json", timeline);

        Set<List<String>> records = new LinkedHashSet<>();
        timeline.forEach(entry -> {
            if (entry.hasNonNull("aggregateType") && entry.hasNonNull("aggregateId")) {
                records.add(List.of(entry.path("service").asText(), entry.path("aggregateType").asText(),
                        entry.path("aggregateId").asText()));
            }
        });
        List<AuditReport.Chain> chains = new ArrayList<>();
        Set<String> files = new java.util.HashSet<>();
        long events = 0;
        for (List<String> record : records) {
            String service = record.get(0);
            String type = record.get(1);
            String id = record.get(2);
            JsonNode history = api.events(service, type, id);
            JsonNode verification = api.verification(service, type, id);
            String file = "events/%s/%s-%s.json".formatted(service, type, safe(id));
            // two ids made alike by safe(): neither may overwrite the other
            for (int n = 2; !files.add(file); n++) {
                file = "events/%s/%s-%s-%d.json".formatted(service, type, safe(id), n);
            }
            ObjectNode content = json.createObjectNode().put("service", service).put("aggregateType", type).put("aggregateId", id);
            content.set("verification", verification);
            content.set("events", history);
            bundle.json(file, content);
            events += history.size();
            chains.add(new AuditReport.Chain(service, type, id, history.size(), verification.path("intact").asBoolean(),
                    verification.path("finding").asText(""), file));
        }

        ArrayNode deliveries = json.createArrayNode();
        for (String subject : new LinkedHashSet<>(List.of(matterId, matter.path("inquiryId").asText(matterId)))) {
            api.deliveries(subject).path("items").forEach(deliveries::add);
        }
        bundle.json("deliveries.json", deliveries);

        String exportedAt = Instant.now().toString();
        boolean intact = chains.stream().allMatch(AuditReport.Chain::intact);
        bundle.text("report.html", AuditReport.html(matter, chains, timeline, deliveries, exportedAt));
        ObjectNode about = json.createObjectNode().put("matterId", matterId)
                .put("matterNumber", matter.path("matterNumber").asText()).put("exportedAt", exportedAt)
                .put("records", chains.size()).put("events", events).put("intact", intact);
        String manifestHash = bundle.write(zip, about);
        return new Summary(zip, chains.size(), events, intact, manifestHash);
    }

    /** File names from ids: nothing that could climb out of the bundle's folders. */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * {@code --matter ID --out FILE.zip} with the auditor's token in {@code LAWFIRM_TOKEN} (or {@code --token BEARER},
     * which other users of the machine can see in the process list) and, when the services are not on this machine's
     * default ports, {@code --intake URL --conflict URL --matter-url URL --billing URL --notification URL}.
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> urls = new LinkedHashMap<>(Map.of("intake", "http://localhost:8081",
                "conflict", "http://localhost:8082", "matter", "http://localhost:8083", "billing", "http://localhost:8084",
                "notification", "http://localhost:8085"));
        String matterId = null;
        String token = System.getenv("LAWFIRM_TOKEN");
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                usage(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--matter" -> matterId = value;
                case "--out" -> out = Path.of(value);
                case "--token" -> token = value;
                case "--matter-url" -> urls.put("matter", value);
                case "--intake", "--conflict", "--billing", "--notification" -> urls.put(args[i].substring(2), value);
                default -> usage("unknown option " + args[i]);
            }
            i++;
        }
        if (matterId == null || out == null || token == null) {
            usage("--matter, --out and a token (LAWFIRM_TOKEN or --token) are needed");
        }
        Summary summary = new MatterExport(urls, token).export(matterId, out);
        System.out.printf("%s: %d records, %d events, %s; manifest SHA-256 %s%n", summary.bundle(), summary.records(),
                summary.events(), summary.intact() ? "every history intact" : "A HISTORY WAS ALTERED", summary.manifestSha256());
        if (!summary.intact()) {
            System.exit(3);
        }
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: LAWFIRM_TOKEN=... export-matter --matter ID --out FILE.zip [--token BEARER]"
                + " [--intake URL --conflict URL --matter-url URL --billing URL --notification URL]");
        System.exit(2);
    }
}
