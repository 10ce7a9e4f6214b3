package com.lawfirm.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The firm's staff and its clients, decided before anything is sent, so that a seed always gives the same firm. */
final class People {

    /** The practice areas as matter numbers name them (2026-LIT-0042). */
    static final List<String> AREAS = List.of("LIT", "ARB", "CORP", "IP", "CRIM", "LAB", "FAM", "NL", "ADM");
    static final String[] ALL_ROLES = {"ADMIN", "INTAKE", "LAWYER", "PARTNER", "CONFLICTS_ANALYST", "BILLING", "ARCHIVIST",
            "AUDITOR"};

    /**
     * A member of staff: {@code staffRole} is matter-service's (PARTNER, LAWYER, TRAINEE, SUPPORT); {@code roles} are what
     * their token carries; {@code rate} is their hourly rate in CNY.
     */
    record StaffMember(String name, String login, String staffRole, List<String> roles, List<String> practiceAreas,
                       String licenceNumber, LocalDate joinedOn, BigDecimal rate) {

        String[] roleArray() {
            return roles.toArray(String[]::new);
        }

        boolean practises(String area) {
            return practiceAreas.contains(area);
        }
    }

    /** Who does what: partners and lawyers work matters; the others run intake, conflicts, billing and the archive. */
    record Roster(List<StaffMember> all, List<StaffMember> partners, List<StaffMember> lawyers, List<StaffMember> trainees,
                  List<StaffMember> intake, List<StaffMember> analysts, List<StaffMember> billing,
                  List<StaffMember> archivists) {
    }

    /** A client to register: its kind, name, language, one contact person, and the registration body. */
    record ClientSeed(int index, String kind, String name, boolean chinese, String contactPerson, String email,
                      ObjectNode body) {

        boolean person() {
            return kind.equals("PERSON");
        }
    }

    private People() {
    }

    /**
     * {@code n} staff (at least 4): a fifth partners; six support staff in a firm of twelve or more (two at intake, a
     * conflicts analyst, two in billing, an archivist), fewer in a smaller one, where one person wears several hats;
     * the rest lawyers, every sixth a trainee (实习律师), every eighth qualified abroad with an English name.
     */
    static Roster roster(int n, Names names, LocalDate today) {
        List<List<String>> support = n >= 12
                ? List.of(List.of("INTAKE"), List.of("INTAKE"), List.of("CONFLICTS_ANALYST"), List.of("BILLING"),
                        List.of("BILLING"), List.of("ARCHIVIST"))
                : n >= 8 ? List.of(List.of("INTAKE"), List.of("CONFLICTS_ANALYST"), List.of("BILLING"), List.of("ARCHIVIST"))
                : List.of(List.of("INTAKE", "CONFLICTS_ANALYST"), List.of("BILLING", "ARCHIVIST"));
        int partners = Math.max(1, n / 5);
        int lawyers = n - partners - support.size();
        List<StaffMember> all = new ArrayList<>();
        List<StaffMember> partnerList = new ArrayList<>();
        List<StaffMember> lawyerList = new ArrayList<>();
        List<StaffMember> traineeList = new ArrayList<>();
        int year = today.getYear();
        for (int i = 0; i < partners; i++) {
            StaffMember partner = lawyer(names, all.size(), "PARTNER", List.of("PARTNER", "LAWYER"),
                    AREAS.get(i % AREAS.size()), LocalDate.of(year - names.between(12, 25), names.between(1, 12), 1),
                    BigDecimal.valueOf(names.between(30, 40) * 100L));
            partnerList.add(partner);
            all.add(partner);
        }
        for (int i = 0; i < lawyers; i++) {
            boolean trainee = n >= 12 && i % 6 == 5;
            StaffMember lawyer = lawyer(names, all.size(), trainee ? "TRAINEE" : "LAWYER", List.of("LAWYER"),
                    AREAS.get((i + partners) % AREAS.size()), LocalDate.of(year - (trainee ? 1 : names.between(2, 11)),
                            names.between(1, 12), 1), BigDecimal.valueOf(trainee ? 600 : names.between(15, 25) * 100L));
            (trainee ? traineeList : lawyerList).add(lawyer);
            all.add(lawyer);
        }
        List<StaffMember> intake = new ArrayList<>();
        List<StaffMember> analysts = new ArrayList<>();
        List<StaffMember> billing = new ArrayList<>();
        List<StaffMember> archivists = new ArrayList<>();
        for (List<String> roles : support) {
            Names.StaffName name = names.chineseStaff();
            StaffMember member = new StaffMember(name.name(), name.login(), "SUPPORT", roles, List.of(), null,
                    LocalDate.of(year - names.between(1, 10), names.between(1, 12), 1), null);
            all.add(member);
            for (String role : roles) {
                switch (role) {
                    case "INTAKE" -> intake.add(member);
                    case "CONFLICTS_ANALYST" -> analysts.add(member);
                    case "BILLING" -> billing.add(member);
                    default -> archivists.add(member);
                }
            }
        }
        return new Roster(List.copyOf(all), List.copyOf(partnerList), List.copyOf(lawyerList), List.copyOf(traineeList),
                List.copyOf(intake), List.copyOf(analysts), List.copyOf(billing), List.copyOf(archivists));
    }

    private static StaffMember lawyer(Names names, int index, String staffRole, List<String> roles, String area,
                                      LocalDate joinedOn, BigDecimal rate) {
        Names.StaffName name = index % 8 == 7 ? names.englishStaff() : names.chineseStaff();
        String second = AREAS.get(names.between(0, AREAS.size() - 1));
        List<String> areas = second.equals(area) ? List.of(area) : List.of(area, second);
        // 执业证号: 17 digits as the e2e tests' licences (region, year, sequence)
        String licence = "13101%04d1%07d".formatted(joinedOn.getYear(), index + 1).substring(0, 17);
        return new StaffMember(name.name(), name.login(), staffRole, roles, areas, licence, joinedOn, rate);
    }

    /** {@code n} clients: Chinese companies (35%), English companies (20%), Chinese people (30%), English people (15%). */
    static List<ClientSeed> clients(int n, Names names, Roster roster, LocalDate today) {
        List<ClientSeed> clients = new ArrayList<>();
        String[] channels = {"WEBSITE", "CONFERENCE", "PARTNER_FIRM", "WALK_IN", "PHONE", "OTHER"};
        String[] notes = {"官网咨询表单 website form", "2026 长三角法律论坛 legal forum", "合作律所转介 referred by a partner firm",
                "来访 walk-in", "热线电话 hotline", "老客户介绍 introduced by a client"};
        for (int i = 0; i < n; i++) {
            int kind = names.between(0, 99);
            int region = names.region();
            ObjectNode body;
            String name;
            String contact;
            String email;
            boolean chinese = kind < 35 || (kind >= 55 && kind < 85);
            String owner = names.pick(roster.partners()).login();
            int channel = names.between(0, channels.length - 1);
            ObjectNode source = Json.obj("channel", channels[channel], "note", notes[channel]);
            if (kind < 35) {
                name = names.chineseCompany(region);
                contact = names.surname() + "总";
                email = "legal@client%03d.example.cn".formatted(i + 1);
                body = Json.obj("kind", "ORGANIZATION", "name", name,
                        "identifiers", List.of(Json.obj("scheme", "CN_USCC", "value", names.uscc(region))),
                        "contacts", List.of(Json.obj("kind", "PHONE", "value", names.mobile(), "label", "法务部 legal department"),
                                Json.obj("kind", "EMAIL", "value", email, "label", "法务部 legal department")),
                        "preferredLanguage", "ZH");
            } else if (kind < 55) {
                name = names.englishCompany();
                contact = "Ms " + names.englishSurname() + ", General Counsel";
                email = "counsel@client%03d.example.com".formatted(i + 1);
                body = Json.obj("kind", "ORGANIZATION", "name", name,
                        "contacts", List.of(Json.obj("kind", "EMAIL", "value", email, "label", "General Counsel")),
                        "preferredLanguage", "EN");
            } else if (kind < 85) {
                name = names.chinesePerson();
                contact = name;
                email = "client%03d@example.cn".formatted(i + 1);
                body = Json.obj("kind", "PERSON", "name", name,
                        "identifiers", List.of(Json.obj("scheme", "CN_RESIDENT_ID", "value", names.residentId(region))),
                        "contacts", List.of(Json.obj("kind", "PHONE", "value", names.mobile()),
                                Json.obj("kind", "EMAIL", "value", email)),
                        "preferredLanguage", "ZH", "consent", consent(names, "书面 written", today));
            } else {
                name = names.englishPerson();
                contact = name;
                email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com";
                body = Json.obj("kind", "PERSON", "name", name,
                        "contacts", List.of(Json.obj("kind", "EMAIL", "value", email)),
                        "preferredLanguage", "EN", "consent", consent(names, "e-signature", today));
            }
            body.put("relationshipOwner", owner);
            body.set("source", source);
            clients.add(new ClientSeed(i, body.path("kind").asText(), name, chinese, contact, email, body));
        }
        return clients;
    }

    /** A person's data is kept only with a recorded consent (PIPL); intake refuses a person without one. */
    private static ObjectNode consent(Names names, String method, LocalDate today) {
        return Json.obj("purpose", "法律服务及利益冲突检索 legal services and conflict checks", "retentionYears", 10,
                "givenOn", today.minusDays(names.between(30, 900)), "method", method);
    }
}
