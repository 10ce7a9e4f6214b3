package com.lawfirm.auditexport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of an export, written into one zip with {@code manifest.json} last: each file's SHA-256 and size, so
 * anyone can check that nothing in the bundle was changed after it was made.
 */
final class Bundle {

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final ObjectMapper json;

    Bundle(ObjectMapper json) {
        this.json = json;
    }

    void json(String path, Object content) throws IOException {
        files.put(path, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
    }

    void text(String path, String content) {
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the zip and answers the manifest's own SHA-256, to be noted down where the bundle is not. */
    String write(Path zip, ObjectNode about) throws IOException {
        ObjectNode manifest = about.deepCopy();
        ArrayNode listed = manifest.putArray("files");
        files.forEach((path, bytes) -> listed.addObject().put("path", path).put("sha256", sha256(bytes)).put("bytes", bytes.length));
        byte[] manifestBytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        if (zip.getParent() != null) {
            Files.createDirectories(zip.getParent());
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entries.putNextEntry(new ZipEntry(file.getKey()));
                entries.write(file.getValue());
                entries.closeEntry();
            }
            entries.putNextEntry(new ZipEntry("manifest.json"));
            entries.write(manifestBytes);
            entries.closeEntry();
        }
        return sha256(manifestBytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
