package com.lawfirm.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The master key of the embedded suite's personal data, made once and kept with the firm's data, readable by its
 * owner only. Losing it loses every client's personal data; a real firm keeps its master key in its own vault.
 */
final class MasterKeyFile {

    private MasterKeyFile() {
    }

    static Path ensure(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                // readable by its owner only from the moment it exists
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the master key in " + file, e);
        }
    }
}
