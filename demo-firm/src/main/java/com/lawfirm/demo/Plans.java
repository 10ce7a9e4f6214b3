package com.lawfirm.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lawfirm.demo.MatterKinds.MatterKind;
import com.lawfirm.demo.People.ClientSeed;
import com.lawfirm.demo.People.Roster;
import com.lawfirm.demo.People.StaffMember;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every matter's story, decided up front from the seed: where it ends, who works it, what it is about, what it costs. */
final class Plans {

    /** The other party to check: {@code firmClient} when it is one of the firm's clients (a waiver or a decline follows). */
    record Party(String role, String kind, String name, boolean firmClient) {
    }

    record TimeSeed(StaffMember by, LocalDate on, int minutes, String activity) {
    }

    /**
     * One matter. {@code screened} is the colleague a waiver's ethical wall keeps out (null: no wall);
     * {@code declineByConflict} says a DECLINED matter ends at the conflict check rather than with the lawyer.
     */
    record MatterPlan(int index, Stage stage, ClientSeed client, MatterKind kind, Party other, StaffMember screened,
                      boolean declineByConflict, StaffMember intake, StaffMember analyst, StaffMember partner,
                      StaffMember lead, StaffMember member, StaffMember billing, StaffMember archivist,
                      BigDecimal amountInDispute, BigDecimal fixedFee, BigDecimal contingencyPercent, BigDecimal hourlyRate,
                      boolean rejectFirst, LocalDate start, int span, List<TimeSeed> time, boolean keyEvent,
                      boolean partlyPaid, int feedbackScore) {

        /** A day of the matter's life: {@code fraction} of the way from its first contact to today. */
        LocalDate day(double fraction) {
            return start.plusDays(Math.round(span * fraction));
        }

        boolean contingency() {
            return contingencyPercent != null;
        }

        /** The fee quote; the first of two versions asks 30% more, which the client turns down. */
        ObjectNode quote(boolean rejectedVersion) {
            List<ObjectNode> components = new ArrayList<>();
            if (hourlyRate != null) {
                components.add(Json.obj("model", "HOURLY", "hourlyRate", hourlyRate, "estimatedHours",
                        new BigDecimal(rejectedVersion ? "120.0" : "80.0"), "description", "按小时计费 hourly"));
            } else {
                BigDecimal fee = rejectedVersion
                        ? fixedFee.multiply(new BigDecimal("1.3")).setScale(2, RoundingMode.HALF_EVEN) : fixedFee;
                components.add(Json.obj("model", "FIXED", "amount", fee, "description",
                        kind.type().equals("NON_LITIGATION") ? "年度顾问费 annual retainer" : "基础律师费 base fee"));
            }
            if (contingency()) {
                components.add(Json.obj("model", "CONTINGENCY", "percentage", contingencyPercent, "description",
                        "按实际回款的 " + contingencyPercent + "% 收取 " + contingencyPercent + "% of what is recovered"));
            }
            return Json.obj("currency", "CNY", "amountInDispute", amountInDispute, "components", components);
        }
    }

    private Plans() {
    }

    /**
     * {@code n} matters for {@code clients}: stages in their fixed shares, shuffled; the last twenty-fifth of the clients
     * are never prospects, only the other side of a wall's waiver or of a conflict no waiver cures, so that no client
     * ever stands on both sides of one matter by chance; one matter in a hundred (at least one) gets an ethical wall.
     */
    static List<MatterPlan> make(int n, List<ClientSeed> clients, Roster roster, Names names, LocalDate today) {
        List<Stage> stages = new ArrayList<>();
        Stage.allocate(n).forEach((stage, count) -> stages.addAll(Collections.nCopies(count, stage)));
        Collections.shuffle(stages, new java.util.Random(names.between(0, Integer.MAX_VALUE - 1)));
        int reserved = Math.max(1, clients.size() / 25);
        List<ClientSeed> prospects = new ArrayList<>(clients.subList(0, clients.size() - reserved));
        List<ClientSeed> others = clients.subList(clients.size() - reserved, clients.size());
        Collections.shuffle(prospects, new java.util.Random(names.between(0, Integer.MAX_VALUE - 1)));
        List<Integer> working = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (stages.get(i).matterStatus() != null) {
                working.add(i);
            }
        }
        int walls = n == 0 || working.isEmpty() ? 0 : Math.max(1, n / 100);
        List<Integer> walled = new ArrayList<>();
        for (int w = 0; w < walls; w++) {
            walled.add(working.get(w * working.size() / walls));
        }
        List<MatterPlan> plans = new ArrayList<>();
        int declined = 0;
        for (int i = 0; i < n; i++) {
            Stage stage = stages.get(i);
            boolean byConflict = stage == Stage.DECLINED && declined++ % 2 == 0;
            plans.add(plan(i, stage, prospects.get(i % prospects.size()), walled.contains(i), byConflict, others, roster,
                    names, today));
        }
        return plans;
    }

    private static MatterPlan plan(int i, Stage stage, ClientSeed client, boolean walled, boolean byConflict,
                                   List<ClientSeed> firmClients, Roster roster, Names names, LocalDate today) {
        MatterKind kind = names.pick(MatterKinds.forClient(client.person()));
        if ((walled || byConflict) && !"ADVERSE".equals(kind.otherRole())) {
            kind = MatterKinds.ALL.get(0); // a waiver or an incurable conflict needs someone on the other side
        }
        Party other = other(kind, client, walled || byConflict ? names.pick(firmClients) : null, names);
        StaffMember partner = choose(roster.partners(), kind.area(), names);
        StaffMember lead = choose(roster.lawyers(), kind.area(), names);
        List<StaffMember> juniors = Stream.concat(roster.lawyers().stream(), roster.trainees().stream())
                .filter(s -> s != lead).toList();
        // a walled matter keeps its team small, so that even a small firm has someone left to screen
        StaffMember member = !walled && !juniors.isEmpty() && names.chance(35) ? names.pick(juniors) : null;
        StaffMember screened = null;
        if (walled) {
            List<StaffMember> outside = Stream.of(roster.partners(), roster.lawyers(), roster.trainees())
                    .flatMap(List::stream).filter(s -> s != partner && s != lead && s != member).toList();
            screened = outside.isEmpty() ? null : names.pick(outside);
        }
        BigDecimal amount = amountInDispute(kind, names);
        BigDecimal percent = null;
        BigDecimal fixed;
        BigDecimal hourly = null;
        if (kind.contingencyAllowed() && amount != null && amount.compareTo(BigDecimal.valueOf(2_000_000)) >= 0
                && amount.compareTo(BigDecimal.valueOf(20_000_000)) <= 0 && names.chance(40)) {
            // within billing's CN-2021 cap between 2M and 20M: 100k + 10% stays at least 130k under it
            percent = BigDecimal.valueOf(names.pick(new Integer[]{5, 6, 8, 10}));
            fixed = money(names.between(30, 100) * 1000L);
        } else if (kind.type().equals("CORPORATE")) {
            hourly = money(names.between(20, 30) * 100L);
            fixed = null;
        } else {
            fixed = money(switch (kind.area()) {
                case "LIT", "ARB", "IP" -> Math.max(30_000, amount.longValue() * names.between(2, 5) / 100);
                case "LAB" -> names.between(10, 30) * 1000L;
                case "FAM" -> names.between(30, 80) * 1000L;
                case "CRIM" -> names.between(50, 200) * 1000L;
                case "NL" -> names.between(60, 240) * 1000L;
                default -> names.between(30, 100) * 1000L;
            });
        }
        int span = span(stage, names);
        LocalDate start = today.minusDays(span);
        List<TimeSeed> time = new ArrayList<>();
        if (stage.matterStatus() != null) {
            int entries = names.between(2, 5);
            for (int e = 0; e < entries; e++) {
                StaffMember by = member != null && e % 3 == 2 ? member : lead;
                time.add(new TimeSeed(by, start.plusDays(Math.round(span * (0.15 + 0.6 * e / entries))),
                        names.between(1, 12) * 30, names.pick(kind.activities())));
            }
        }
        return new MatterPlan(i, stage, client, kind, other, screened, byConflict, names.pick(roster.intake()),
                names.pick(roster.analysts()), partner, lead, member, names.pick(roster.billing()),
                names.pick(roster.archivists()), amount, fixed, percent, hourly, names.chance(30), start, span,
                List.copyOf(time), stage == Stage.OPEN && names.chance(40), stage == Stage.BILLED && names.chance(50),
                names.pick(new Integer[]{3, 4, 4, 5, 5, 5}));
    }

    /** The other side, or the related party; a firm client when given; none for a retainer. */
    private static Party other(MatterKind kind, ClientSeed client, ClientSeed firmClient, Names names) {
        if (firmClient != null) {
            return new Party(kind.otherRole(), firmClient.kind(), firmClient.name(), true);
        }
        if (kind.otherRole() == null) {
            return null;
        }
        boolean chinese = client.chinese() || names.chance(30);
        boolean person = switch (kind.area()) {
            case "CRIM", "FAM" -> true;
            case "LAB" -> !client.person();
            case "LIT" -> names.chance(30);
            default -> false;
        };
        String name = kind.area().equals("ADM") ? names.agency(names.region())
                : person ? (chinese ? names.chinesePerson() : names.englishPerson())
                : chinese ? names.chineseCompany(names.region()) : names.englishCompany();
        return new Party(kind.otherRole(), person ? "PERSON" : "ORGANIZATION", name, false);
    }

    /** Someone practising the area, else anyone of them. */
    private static StaffMember choose(List<StaffMember> staff, String area, Names names) {
        List<StaffMember> practising = staff.stream().filter(s -> s.practises(area)).toList();
        return names.pick(practising.isEmpty() ? staff : practising);
    }

    private static BigDecimal amountInDispute(MatterKind kind, Names names) {
        Map<String, int[]> tenThousands = Map.of("LIT", new int[]{50, 2000}, "ARB", new int[]{200, 5000},
                "IP", new int[]{100, 1000}, "LAB", new int[]{5, 50}, "FAM", new int[]{100, 800}, "ADM", new int[]{10, 200});
        int[] range = tenThousands.get(kind.area());
        return range == null ? null : money(names.between(range[0], range[1]) * 10_000L);
    }

    /** Days since first contact: later stages have a longer history behind them. */
    private static int span(Stage stage, Names names) {
        return switch (stage) {
            case INQUIRY, CHECK_PENDING -> names.between(1, 14);
            case DECLINED, PROPOSAL, ENGAGEMENT -> names.between(10, 60);
            case OPEN -> names.between(30, 200);
            case BILLED, PAID -> names.between(90, 300);
            case CLOSED -> names.between(150, 400);
            case ARCHIVED -> names.between(300, 700);
        };
    }

    private static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }
}
