package com.lawfirm.conflict.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.events.conflict.ImportedParty;
import com.lawfirm.events.conflict.LegacyAffiliationImported;
import com.lawfirm.events.conflict.LegacyMatterImported;
import com.lawfirm.events.conflict.LegacyStaffImported;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the legacy import format (one JSON object per line: matter, affiliation or staff) into the events that record it. A bad
 * line is reported with its number and reason and the good lines still count.
 */
public final class PartyImport {

    public record LineError(int line, String reason) {
    }

    /** What a whole file held: the records as events, in order, and the lines that were refused. */
    public record Parsed(List<Object> records, List<LineError> errors) {
    }

    static final Set<String> RELATIONS = Set.of("SUBSIDIARY_OF", "PARENT_OF", "CONTROLLED_BY", "SHAREHOLDER_OF",
            "SPOUSE_OF", "RELATIVE_OF", "EMPLOYEE_OF");

    private final ObjectMapper json;

    public PartyImport(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Each good line becomes one event whose record id is a hash of the line's content, so the same line imported
     * again is recognised.
     */
    public Parsed parse(String ndjson, String importId) {
        List<Object> records = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = ndjson.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            try {
                JsonNode tree = json.readTree(line);
                records.add(record(tree, recordId(tree), importId));
            } catch (JsonProcessingException e) {
                errors.add(new LineError(number, "not a JSON object"));
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(number, e.getMessage()));
            }
        }
        return new Parsed(records, errors);
    }

    private Object record(JsonNode node, String recordId, String importId) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String type = text(node, "type");
        return switch (type) {
            case "matter" -> {
                List<ImportedParty> parties = new ArrayList<>();
                each(node, "parties", p -> parties.add(party(p, enumValue(PartyRole.class, text(p, "role"), "role"))));
                if (parties.isEmpty()) {
                    throw new IllegalArgumentException("parties: a matter names at least one party");
                }
                String status = text(node, "status");
                if (!status.equals("OPEN") && !status.equals("CLOSED")) {
                    throw new IllegalArgumentException("status: must be OPEN or CLOSED");
                }
                yield new LegacyMatterImported(recordId, importId, text(node, "matterRef"), optional(node, "title"), status,
                        optional(node, "practiceArea"), parties);
            }
            case "affiliation" -> {
                String relation = text(node, "relation");
                if (!RELATIONS.contains(relation)) {
                    throw new IllegalArgumentException("relation: must be one of " + RELATIONS);
                }
                yield new LegacyAffiliationImported(recordId, importId, party(object(node, "subject"), null), relation,
                        party(object(node, "object"), null));
            }
            case "staff" -> {
                List<ImportedParty> prior = new ArrayList<>();
                List<ImportedParty> relatives = new ArrayList<>();
                each(node, "priorClients", p -> prior.add(party(p, null)));
                each(node, "relatives", p -> relatives.add(party(p, null)));
                String role = text(node, "role");
                if (!role.equals("LAWYER") && !role.equals("STAFF")) {
                    throw new IllegalArgumentException("role: must be LAWYER or STAFF");
                }
                yield new LegacyStaffImported(recordId, importId, text(node, "staffId"), text(node, "name"), role, prior,
                        relatives);
            }
            default -> throw new IllegalArgumentException("type: must be matter, affiliation or staff");
        };
    }

    private ImportedParty party(JsonNode p, PartyRole role) {
        PartyKind kind = enumValue(PartyKind.class, text(p, "kind"), "kind");
        List<String> aliases = new ArrayList<>();
        List<String> former = new ArrayList<>();
        List<PartyIdentifier> identifiers = new ArrayList<>();
        each(p, "aliases", a -> aliases.add(a.asText()));
        each(p, "formerNames", f -> former.add(f.asText()));
        each(p, "identifiers", id -> identifiers.add(new PartyIdentifier(
                enumValue(IdentifierScheme.class, text(id, "scheme"), "identifiers.scheme"), text(id, "value"))));
        String name = text(p, "name");
        if (name.length() > 300) {
            throw new IllegalArgumentException("name: longer than 300 characters");
        }
        return new ImportedParty(role, kind, name, aliases, former, identifiers);
    }

    private String recordId(JsonNode tree) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsBytes(tree));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return value.asText().strip();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return value;
    }

    private static void each(JsonNode node, String field, Consumer<JsonNode> action) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + ": must be a list");
        }
        value.forEach(action);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
