package it.mutua.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * A year of claims through the claim service ({@code POST /api/claims} as the national claims officer: coverage
 * check, adjudication against the effective plan and its ceilings, sampling, reporting), drawn deterministically:
 * about one claim per enrolled person over 2026, each for a covered person of a seeded cooperative, with a realistic
 * mix of benefits and provider regimes for the plan the cooperative adopted (diagnostics in and out of network, SSN
 * tickets, specialist visits; dental for the family dental plan).
 *
 * <p>A claim has no natural key, so resuming relies on order: each cooperative's claims are sent in plan order,
 * in all-or-nothing batches, so what a cooperative has is always a prefix of its planned claims.
 */
final class ClaimLoader {

    static final String OFFICER = "liquidatore";
    /** Claims per {@code POST /api/claims/batch} (the product's limit is 500). */
    static final int BATCH = 500;
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 10);
    private static final int DAYS = 300;

    /** One claim to submit. */
    record PlannedClaim(PlannedCooperative coop, Person person, String benefit, String regime, String amount,
                        LocalDate day, int number) {
    }

    private ClaimLoader() {
    }

    /**
     * {@code count} claims over the covered people: workers, and family members where the adoption offers the
     * family extension.
     */
    static List<PlannedClaim> plan(long seed, Map<PlannedCooperative, List<Person>> people, int count) {
        AdoptionPlanner adoptions = new AdoptionPlanner(seed);
        List<PlannedCooperative> owners = new ArrayList<>();
        List<Person> covered = new ArrayList<>();
        people.forEach((coop, list) -> {
            boolean family = adoptions.of(coop).familyExtensionOffered();
            for (Person p : list) {
                if (!p.isFamilyMember() || family) {
                    owners.add(coop);
                    covered.add(p);
                }
            }
        });
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<PlannedClaim> claims = new ArrayList<>(count);
        for (int i = 0; i < count && !covered.isEmpty(); i++) {
            int who = random.nextInt(covered.size());
            PlannedCooperative coop = owners.get(who);
            LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
            int kind = random.nextInt(100);
            if (adoptions.of(coop).planCode().equals(AdoptionPlanner.FAMILY_DENTAL)) {
                claims.add(new PlannedClaim(coop, covered.get(who), "DENTAL",
                        kind < 70 ? "COOPERATIVE_NETWORK" : "OUT_OF_NETWORK", euros(60 + random.nextInt(240)), day, i));
            } else if (kind < 40) {
                claims.add(new PlannedClaim(coop, covered.get(who), "HIGH_SPECIALISATION_DIAGNOSTICS", "SSN_TICKET",
                        euros(20 + random.nextInt(17)), day, i));
            } else if (kind < 65) {
                claims.add(new PlannedClaim(coop, covered.get(who), "SPECIALIST_VISITS",
                        kind < 55 ? "COOPERATIVE_NETWORK" : "OTHER_NETWORK", euros(80 + random.nextInt(70)), day, i));
            } else if (kind < 90) {
                claims.add(new PlannedClaim(coop, covered.get(who), "HIGH_SPECIALISATION_DIAGNOSTICS",
                        kind < 80 ? "COOPERATIVE_NETWORK" : "OTHER_NETWORK", euros(90 + random.nextInt(200)), day, i));
            } else {
                claims.add(new PlannedClaim(coop, covered.get(who), "HIGH_SPECIALISATION_DIAGNOSTICS", "OUT_OF_NETWORK",
                        euros(120 + random.nextInt(400)), day, i));
            }
        }
        return claims;
    }

    /**
     * Network facilities to send network claims to (the product takes a network line's regime from the registry, by
     * the facility's id): national outpatient facilities (polyclinics, diagnostic centres) and dental practices, of
     * cooperative providers and of other providers. Where a pool is empty (a server whose network lacks them), the
     * claim goes out of network instead, a regime the member declares.
     */
    record Facilities(List<String> cooperative, List<String> other, List<String> cooperativeDental,
                      List<String> otherDental) {
        static final Facilities NONE = new Facilities(List.of(), List.of(), List.of(), List.of());

        /** The facility of a network claim, drawn by its number; null when the claim is not a network one. */
        String of(PlannedClaim c) {
            boolean dental = "DENTAL".equals(c.benefit());
            List<String> pool = switch (c.regime()) {
                case "COOPERATIVE_NETWORK" -> dental ? cooperativeDental : cooperative;
                case "OTHER_NETWORK" -> dental ? otherDental : other;
                default -> List.of();
            };
            return pool.isEmpty() ? null : pool.get(c.number() % pool.size());
        }

        int size() {
            return cooperative.size() + other.size() + cooperativeDental.size() + otherDental.size();
        }
    }

    /** The claims grouped by the cooperative of the person, each group in plan order; cooperatives in plan order. */
    static Map<PlannedCooperative, List<PlannedClaim>> byCooperative(List<PlannedClaim> claims) {
        Map<PlannedCooperative, List<PlannedClaim>> groups = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(PlannedCooperative::index));
        for (PlannedClaim c : claims) {
            groups.computeIfAbsent(c.coop(), k -> new ArrayList<>()).add(c);
        }
        return groups;
    }

    /** The request body of POST /api/claims/batch: {@code {"claims":[...]}}, each as {@link #body} makes it. */
    static String batchBody(List<PlannedClaim> claims, Facilities facilities) {
        var list = Json.createArrayBuilder();
        for (PlannedClaim c : claims) {
            list.add(json(c, facilities));
        }
        return Json.createObjectBuilder().add("claims", list).build().toString();
    }

    /** The request body of POST /api/claims for one planned claim. */
    static String body(PlannedClaim c) {
        return body(c, Facilities.NONE);
    }

    static String body(PlannedClaim c, Facilities facilities) {
        return json(c, facilities).build().toString();
    }

    private static JsonObjectBuilder json(PlannedClaim c, Facilities facilities) {
        String facility = facilities.of(c);
        JsonObjectBuilder line = Json.createObjectBuilder().add("benefit", c.benefit());
        if (facility != null) {
            line.add("facility", facility); // the regime is the registry's
        } else {
            boolean network = c.regime().endsWith("_NETWORK");
            line.add("regime", network ? "OUT_OF_NETWORK" : c.regime()).add("provider", "Centro privato");
        }
        line.add("serviceDate", c.day().toString()).add("invoiced", new java.math.BigDecimal(c.amount()))
                .add("invoiceNumber", "S-" + c.number()).add("invoiceDate", c.day().toString());
        return Json.createObjectBuilder().add("fiscalCode", c.person().fiscalCode()).add("memberTenant", c.coop().code())
                .add("iban", "IT60X0542811101000000123456")
                .add("payeeName", c.person().givenName() + " " + c.person().familyName())
                .add("lines", Json.createArrayBuilder().add(line));
    }

    private static String euros(int whole) {
        return whole + ".00";
    }
}
