package com.lawfirm.demo;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to fill the suite with and where it runs.
 *
 * @param urls       each service's base URL by name: intake, conflict, matter, billing, notification
 * @param tokens     where each member of staff's token comes from
 * @param adminToken an ADMIN token (enrolling staff, finding opened matters); null: asked of {@code tokens} for "admin"
 * @param maxWait    the longest wait for anything that arrives over Kafka
 * @param zone       the firm's time zone, as the services have it ({@code lawfirm.firm.zone}): the demo's days are its
 */
public record Options(Map<String, String> urls, Tokens tokens, String adminToken, int staff, int clients, int matters,
                      long seed, int workers, Duration maxWait, ZoneId zone) {

    /** The services' own default for {@code lawfirm.firm.zone}. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /** The launcher's ports (Launcher.PORTS) and its development token issuer (--token-port, default 8090). */
    public static final Map<String, String> DEFAULT_URLS = Map.of("intake", "http://localhost:8081",
            "conflict", "http://localhost:8082", "matter", "http://localhost:8083", "billing", "http://localhost:8084",
            "notification", "http://localhost:8085");
    public static final String DEFAULT_TOKEN_URL = "http://localhost:8090/token";
    static final List<String> SERVICES = List.of("intake", "conflict", "matter", "billing", "notification");

    public Options {
        urls = Map.copyOf(urls);
        for (String service : SERVICES) {
            if (!urls.containsKey(service)) {
                throw new IllegalArgumentException("no URL for the " + service + " service");
            }
        }
        if (zone == null) {
            throw new IllegalArgumentException("no time zone for the firm");
        }
        if (tokens == null) {
            throw new IllegalArgumentException("no source of tokens");
        }
        if (staff < 4) {
            throw new IllegalArgumentException("--staff must be at least 4 (a partner, a lawyer and two support staff)");
        }
        if (clients < 2 || matters < 0 || workers < 1 || maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("--clients must be at least 2, --matters at least 0, --workers at least 1");
        }
    }

    /**
     * The firm: 30 staff, 500 clients, 800 matters, seed 42, four workers, waits of up to three minutes, in the
     * services' default zone.
     */
    public static Options of(Map<String, String> urls, Tokens tokens) {
        return new Options(urls, tokens, null, 30, 500, 800, 42, 4, Duration.ofMinutes(3), DEFAULT_ZONE);
    }

    public Options withScale(int staff, int clients, int matters) {
        return new Options(urls, tokens, adminToken, staff, clients, matters, seed, workers, maxWait, zone);
    }

    public Options withSeed(long seed) {
        return new Options(urls, tokens, adminToken, staff, clients, matters, seed, workers, maxWait, zone);
    }

    public Options withWorkers(int workers) {
        return new Options(urls, tokens, adminToken, staff, clients, matters, seed, workers, maxWait, zone);
    }

    /** The firm's time zone, as {@code lawfirm.firm.zone} sets it for the services the demo fills. */
    public Options withZone(ZoneId zone) {
        return new Options(urls, tokens, adminToken, staff, clients, matters, seed, workers, maxWait, zone);
    }

    public Options withAdminToken(String adminToken) {
        return new Options(urls, tokens, adminToken, staff, clients, matters, seed, workers, maxWait, zone);
    }

    /**
     * The command line: {@code --staff N --clients N --matters N --seed N --workers N --wait-seconds N}, the services
     * as audit-export names them ({@code --intake URL --conflict URL --matter-url URL --billing URL --notification URL}),
     * {@code --token-url URL} of the development issuer, the firm's zone ({@code --zone}, else
     * {@code LAWFIRM_FIRM_ZONE} as it sets {@code lawfirm.firm.zone} for the services, else theirs by default), and the
     * ADMIN token in {@code LAWFIRM_TOKEN} (or {@code --token BEARER}, which other users of the machine can see in the
     * process list).
     */
    static Options parse(String[] args, Map<String, String> env) {
        Map<String, String> urls = new LinkedHashMap<>(DEFAULT_URLS);
        String tokenUrl = DEFAULT_TOKEN_URL;
        String admin = env.get("LAWFIRM_TOKEN");
        Options defaults = of(urls, (login, roles) -> "");
        int staff = defaults.staff();
        int clients = defaults.clients();
        int matters = defaults.matters();
        long seed = defaults.seed();
        int workers = defaults.workers();
        Duration maxWait = defaults.maxWait();
        String zoneFrom = "LAWFIRM_FIRM_ZONE";
        String zone = env.get(zoneFrom);
        if (zone == null || zone.isBlank()) {
            zone = DEFAULT_ZONE.getId();
        }
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--staff" -> staff = number(option, value);
                case "--clients" -> clients = number(option, value);
                case "--matters" -> matters = number(option, value);
                case "--seed" -> seed = number(option, value);
                case "--workers" -> workers = number(option, value);
                case "--wait-seconds" -> maxWait = Duration.ofSeconds(number(option, value));
                case "--token" -> admin = value;
                case "--token-url" -> tokenUrl = value;
                case "--zone" -> {
                    zone = value;
                    zoneFrom = "--zone";
                }
                case "--matter-url" -> urls.put("matter", value);
                case "--intake", "--conflict", "--billing", "--notification" -> urls.put(option.substring(2), value);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        Tokens tokens = Tokens.devIssuer(tokenUrl);
        return new Options(urls, tokens, admin == null || admin.isBlank() ? null : admin.strip(), staff, clients, matters,
                seed, workers, maxWait, zone(zoneFrom, zone));
    }

    static final String USAGE = """
            usage: [LAWFIRM_TOKEN=<ADMIN token>] [LAWFIRM_FIRM_ZONE=<the services' zone>] ./suite demo
                   [--staff 30] [--clients 500] [--matters 800] [--seed 42] [--workers 4] [--wait-seconds 180]
                   [--token-url http://localhost:8090/token] [--zone Asia/Shanghai]
                   [--intake URL --conflict URL --matter-url URL --billing URL --notification URL] [--token BEARER]""";

    private static ZoneId zone(String from, String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(from + " takes a time zone such as Asia/Shanghai, not '" + value + "'");
        }
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not " + value);
        }
    }
}
