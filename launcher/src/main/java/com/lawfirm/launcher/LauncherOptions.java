package com.lawfirm.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's command line: {@code --data-dir DIR} (default ./data), {@code --fresh} (start from an empty
 * firm), {@code --pg-port}, {@code --kafka-port}, {@code --token-port}, {@code --services-dir} (where the built
 * service jars are, default the repository root) and {@code --only a,b} to start a subset of the services.
 * {@code --issuer-only} runs just the development token issuer (docker-compose), on {@code --token-host}.
 */
record LauncherOptions(Path dataDir, boolean fresh, int pgPort, int kafkaPort, int tokenPort, String tokenHost,
                       boolean issuerOnly, Path servicesDir, List<String> services) {

    static final List<String> ALL_SERVICES = List.of("intake", "conflict", "matter", "billing", "notification");

    static LauncherOptions parse(String[] args) {
        Path dataDir = Path.of(System.getenv().getOrDefault("LAWFIRM_DATA", "data"));
        boolean fresh = false;
        int pgPort = 15432;
        int kafkaPort = 19092;
        int tokenPort = 8090;
        String tokenHost = "127.0.0.1";
        boolean issuerOnly = false;
        Path servicesDir = Path.of(".");
        List<String> services = ALL_SERVICES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i));
                case "--fresh" -> fresh = true;
                case "--pg-port" -> pgPort = Integer.parseInt(value(args, ++i));
                case "--kafka-port" -> kafkaPort = Integer.parseInt(value(args, ++i));
                case "--token-port" -> tokenPort = Integer.parseInt(value(args, ++i));
                case "--token-host" -> tokenHost = value(args, ++i);
                case "--issuer-only" -> issuerOnly = true;
                case "--services-dir" -> servicesDir = Path.of(value(args, ++i));
                case "--only" -> services = List.of(value(args, ++i).split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --data-dir, --fresh, --pg-port, --kafka-port, --token-port, --token-host, --issuer-only, --services-dir, --only)");
            }
        }
        for (String service : services) {
            if (!ALL_SERVICES.contains(service)) {
                throw new IllegalArgumentException("unknown service " + service + "; known: " + ALL_SERVICES);
            }
        }
        return new LauncherOptions(dataDir.toAbsolutePath().normalize(), fresh, pgPort, kafkaPort, tokenPort, tokenHost,
                issuerOnly, servicesDir.toAbsolutePath().normalize(), services);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
