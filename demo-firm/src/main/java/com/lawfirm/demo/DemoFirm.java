package com.lawfirm.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.demo.Firm.Trace;
import com.lawfirm.demo.People.ClientSeed;
import com.lawfirm.demo.People.Roster;
import com.lawfirm.demo.People.StaffMember;
import com.lawfirm.demo.Plans.MatterPlan;
import com.lawfirm.demo.Summary.MatterOutcome;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills a running suite with a realistic firm through its HTTP APIs only, so that a newcomer sees a living system:
 * staff with their roles and practice areas, clients with Chinese and English names, and matters in every stage of a
 * client's life, from open inquiries to archived matters, with time, invoices, payments and a few ethical walls.
 * What the firm is depends only on the seed; the services give the ids.
 */
public final class DemoFirm {

    /** Past this many failed matters the suite is most likely down or misconfigured: the rest are not started. */
    private static final int MAX_FAILURES = 10;

    private DemoFirm() {
    }

    /** Exits 0 when every matter reached its stage, 1 when some did not, 2 on a wrong command line. */
    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            if (!run(options).ok()) {
                System.exit(1);
            }
        } catch (RuntimeException e) {
            System.err.println("\nThe demo firm could not be filled: " + e.getMessage());
            System.exit(1);
        }
    }

    public static Summary run(Options options) {
        Instant began = Instant.now();
        PrintStream out = System.out;
        Api api = new Api(options.urls(), options.maxWait());
        Tokens tokens = Tokens.cached(options.tokens());
        String admin = options.adminToken() != null ? options.adminToken() : tokens.token("admin", People.ALL_ROLES);
        // the whole firm is decided here, before anything is sent: the same seed gives the same firm
        Names names = new Names(new Random(options.seed()));
        // the firm's day: the services refuse a day after it (a consent, a time entry, a report)
        LocalDate today = LocalDate.now(options.zone());
        Roster roster = People.roster(options.staff(), names, today);
        List<ClientSeed> clients = People.clients(options.clients(), names, roster, today);
        List<MatterPlan> plans = Plans.make(options.matters(), clients, roster, names, today);
        out.printf("Filling the suite with a demo firm: %d staff, %d clients, %d matters (seed %d, %d workers)%n",
                roster.all().size(), clients.size(), plans.size(), options.seed(), options.workers());
        for (String service : Options.SERVICES) {
            api.expect("the " + service + " service to be ready at " + options.urls().get(service),
                    api.get(service, "/actuator/health/readiness", null), 200);
        }
        Firm firm = new Firm(api, tokens, admin, enrol(api, admin, roster), options.zone(), today);
        out.printf("  staff enrolled: %d%n", roster.all().size());
        AtomicInteger workers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), task -> {
            Thread thread = new Thread(task, "demo-worker-" + workers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<String> clientIds = register(firm, roster, clients, pool, out);
            List<MatterOutcome> outcomes = drive(firm, plans, clientIds, pool, out);
            int walls = walls(firm, roster, outcomes, out);
            Summary summary = new Summary(roster.all().size(), clientIds, outcomes, walls,
                    Duration.between(began, Instant.now()));
            summary.print(out);
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Enrols whoever is not yet in the directory (a second run reuses the first's staff), then waits until all are. */
    private static Map<String, String> enrol(Api api, String admin, Roster roster) {
        Map<String, String> ids = new HashMap<>(directory(api, admin));
        for (StaffMember member : roster.all()) {
            if (!ids.containsKey(member.login())) {
                JsonNode enrolled = api.expect("enrol " + member.login(), api.post("matter", "/api/staff", admin, Json.obj(
                        "name", member.name(), "role", member.staffRole(), "practiceAreas", member.practiceAreas(),
                        "licenceNumber", member.licenceNumber(), "joinedOn", member.joinedOn(), "login", member.login())), 201);
                ids.put(member.login(), enrolled.path("id").asText());
            }
        }
        // a team seat is refused for anyone the directory does not list yet
        api.await("the staff directory to list everyone", () -> directory(api, admin).keySet()
                .containsAll(roster.all().stream().map(StaffMember::login).toList()) ? Boolean.TRUE : null);
        return Map.copyOf(ids);
    }

    private static Map<String, String> directory(Api api, String admin) {
        JsonNode page = api.expect("read the staff directory", api.get("matter", "/api/staff", admin), 200);
        Map<String, String> ids = new HashMap<>();
        page.path("items").forEach(s -> {
            if (!s.path("login").asText("").isEmpty()) {
                ids.put(s.path("login").asText(), s.path("staffId").asText());
            }
        });
        return ids;
    }

    private static List<String> register(Firm firm, Roster roster, List<ClientSeed> clients, ExecutorService pool,
                                         PrintStream out) {
        List<Future<String>> ids = new ArrayList<>();
        for (ClientSeed client : clients) {
            String intake = firm.token(roster.intake().get(client.index() % roster.intake().size()));
            ids.add(pool.submit(() -> firm.api().expect("register client " + client.name(),
                    firm.api().post("intake", "/api/clients", intake, client.body()), 201).path("id").asText()));
        }
        List<String> registered = collect(ids);
        out.printf("  clients registered: %d%n", registered.size());
        return registered;
    }

    private static List<MatterOutcome> drive(Firm firm, List<MatterPlan> plans, List<String> clientIds,
                                             ExecutorService pool, PrintStream out) {
        IntakeDriver intake = new IntakeDriver(firm);
        MatterDriver matters = new MatterDriver(firm);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int every = Math.max(1, plans.size() / 20);
        long began = System.nanoTime();
        List<Future<MatterOutcome>> outcomes = new ArrayList<>();
        for (MatterPlan plan : plans) {
            outcomes.add(pool.submit(() -> {
                Trace trace = new Trace();
                trace.clientId = clientIds.get(plan.client().index());
                String failure = null;
                if (failed.get() >= MAX_FAILURES) {
                    failure = "matter " + plan.index() + ": not started, too many matters failed before it";
                } else {
                    try {
                        if (intake.drive(plan, trace)) {
                            matters.drive(plan, trace);
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        failure = "matter %d (to be %s, got to %s): %s".formatted(plan.index(), plan.stage(), trace.reached,
                                e.getMessage());
                    }
                }
                int n = done.incrementAndGet();
                if (n % every == 0 || n == plans.size()) {
                    out.printf("  matters %d/%d (%d failed), %d s%n", n, plans.size(), failed.get(),
                            (System.nanoTime() - began) / 1_000_000_000L);
                }
                return trace.outcome(plan, failure);
            }));
        }
        return collect(outcomes);
    }

    /** The walls matter-service erected from the waivers, as the conflicts analyst lists them. */
    private static int walls(Firm firm, Roster roster, List<MatterOutcome> outcomes, PrintStream out) {
        Set<String> expected = new HashSet<>();
        outcomes.stream().filter(o -> o.walled() && !o.failed() && o.reached() != Stage.DECLINED && o.inquiryId() != null)
                .forEach(o -> expected.add(o.inquiryId()));
        String analyst = firm.token(roster.analysts().get(0));
        Set<String> found = new HashSet<>();
        try {
            firm.api().await("matter-service to erect " + expected.size() + " walls", () -> {
                JsonNode page = firm.api().get("matter", "/api/walls", analyst).body();
                page.path("items").forEach(w -> {
                    if (expected.contains(w.path("inquiryId").asText())) {
                        found.add(w.path("inquiryId").asText());
                    }
                });
                return found.size() == expected.size() ? Boolean.TRUE : null;
            });
        } catch (Api.Failure e) {
            out.println("  " + e.getMessage() + ": " + found.size() + " found");
        }
        return found.size();
    }

    private static <T> List<T> collect(List<Future<T>> futures) {
        List<T> values = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                values.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Api.Failure("interrupted");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new Api.Failure(e.getCause().toString());
            }
        }
        return values;
    }
}
