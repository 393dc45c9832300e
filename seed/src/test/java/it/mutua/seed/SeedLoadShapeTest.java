package it.mutua.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mutua.app.member.importing.domain.FamilyParser;
import it.mutua.app.member.importing.domain.FamilyRow;
import it.mutua.app.member.importing.domain.ParsedFamily;
import it.mutua.app.member.importing.domain.ParsedPayroll;
import it.mutua.app.member.importing.domain.PayrollParser;

/** What the loader sends is what the product accepts: payroll files, families, claims. */
class SeedLoadShapeTest {

    private static final SeedPlan PLAN = SeedPlan.of(2025, Scale.parse("1/100"));
    private static final Map<PlannedCooperative, List<Person>> PEOPLE = PLAN.generatePeople();

    @Test
    void every_cooperatives_payroll_file_is_valid_for_the_products_own_parser_with_one_line_per_worker() {
        PayrollParser parser = new PayrollParser(LocalDate.of(2026, 11, 23));
        PEOPLE.forEach((coop, people) -> {
            List<Person> workers = people.stream().filter(p -> !p.isFamilyMember()).toList();
            ParsedPayroll parsed = parser.parse(new String(PayrollMemberLoader.payrollFile(workers), StandardCharsets.UTF_8));
            assertEquals(List.of(), parsed.problems(), coop.code());
            assertEquals(workers.size(), parsed.rows().size(), coop.code());
        });
    }

    @Test
    void family_members_live_only_where_the_adopted_plan_offers_the_family_extension_and_no_worker_has_two_spouses() {
        AdoptionPlanner adoptions = new AdoptionPlanner(PLAN.seed());
        PEOPLE.forEach((coop, people) -> {
            if (!adoptions.of(coop).familyExtensionOffered()) {
                assertEquals(0, coop.familyMembers(), coop.code());
            }
            Map<String, Integer> spouses = new HashMap<>();
            people.stream().filter(p -> p.role() == Person.Role.SPOUSE).forEach(p -> spouses.merge(p.worker(), 1, Integer::sum));
            assertTrue(spouses.values().stream().allMatch(n -> n == 1), coop.code());
        });
    }

    @Test
    void claims_are_for_covered_people_of_the_same_cooperative_within_the_year_and_the_same_seed_draws_the_same_claims() {
        List<ClaimLoader.PlannedClaim> claims = ClaimLoader.plan(PLAN.seed(), PEOPLE, 4_000);
        assertEquals(4_000, claims.size());
        AdoptionPlanner adoptions = new AdoptionPlanner(PLAN.seed());
        for (ClaimLoader.PlannedClaim c : claims) {
            assertTrue(PEOPLE.get(c.coop()).contains(c.person()));
            assertTrue(!c.person().isFamilyMember() || adoptions.of(c.coop()).familyExtensionOffered());
            assertEquals(2026, c.day().getYear());
            assertTrue(c.day().isBefore(LocalDate.of(2026, 11, 23)));
        }
        assertEquals(ClaimLoader.body(claims.get(17)), ClaimLoader.body(ClaimLoader.plan(PLAN.seed(), PEOPLE, 4_000).get(17)));
    }

    @Test
    void every_cooperatives_family_file_is_valid_for_the_products_own_parser_with_each_relative_under_a_worker_of_the_same_cooperative() {
        FamilyParser parser = new FamilyParser();
        PEOPLE.forEach((coop, people) -> {
            List<Person> family = people.stream().filter(Person::isFamilyMember).toList();
            if (family.isEmpty()) {
                return;
            }
            java.util.Set<String> workers = new java.util.HashSet<>();
            people.stream().filter(p -> !p.isFamilyMember()).forEach(p -> workers.add(p.fiscalCode()));
            ParsedFamily parsed = parser.parse(new String(PayrollMemberLoader.familyFile(family), StandardCharsets.UTF_8));
            assertEquals(List.of(), parsed.problems(), coop.code());
            assertEquals(family.size(), parsed.rows().size(), coop.code());
            for (FamilyRow row : parsed.rows()) {
                assertTrue(workers.contains(row.holder().value()), coop.code() + " " + row);
                assertEquals(AdoptionPlanner.EFFECTIVE_FROM, row.from().toString(), "covered from the adoption's start");
            }
        });
    }

    @Test
    void claims_are_grouped_per_cooperative_in_plan_order_and_batched_within_the_products_limit() {
        List<ClaimLoader.PlannedClaim> claims = ClaimLoader.plan(PLAN.seed(), PEOPLE, 4_000);
        Map<PlannedCooperative, List<ClaimLoader.PlannedClaim>> groups = ClaimLoader.byCooperative(claims);
        assertEquals(claims.size(), groups.values().stream().mapToInt(List::size).sum());
        groups.forEach((coop, list) -> {
            for (int i = 1; i < list.size(); i++) {
                assertTrue(list.get(i - 1).number() < list.get(i).number(), "a rerun resumes a prefix of " + coop.code());
            }
            assertTrue(list.stream().allMatch(c -> c.coop().equals(coop)));
        });
        String body = ClaimLoader.batchBody(claims.subList(0, 3), ClaimLoader.Facilities.NONE);
        assertEquals(3, jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject()
                .getJsonArray("claims").size());
        assertTrue(ClaimLoader.BATCH <= 500);
    }

    @Test
    void a_network_claim_names_a_facility_of_the_right_kind_and_without_one_goes_out_of_network() {
        List<ClaimLoader.PlannedClaim> claims = ClaimLoader.plan(PLAN.seed(), PEOPLE, 4_000);
        ClaimLoader.PlannedClaim cooperative = claims.stream().filter(c -> c.regime().equals("COOPERATIVE_NETWORK")
                && !c.benefit().equals("DENTAL")).findFirst().orElseThrow();
        ClaimLoader.Facilities network = new ClaimLoader.Facilities(List.of("11"), List.of("22"), List.of("33"), List.of("44"));
        String withFacility = ClaimLoader.body(cooperative, network);
        assertTrue(withFacility.contains("\"facility\":\"11\""), withFacility);
        assertTrue(!withFacility.contains("\"regime\""), "the registry gives a network line's regime: " + withFacility);
        String without = ClaimLoader.body(cooperative, ClaimLoader.Facilities.NONE);
        assertTrue(without.contains("\"regime\":\"OUT_OF_NETWORK\""), without);
        ClaimLoader.PlannedClaim ticket = claims.stream().filter(c -> c.regime().equals("SSN_TICKET")).findFirst().orElseThrow();
        assertTrue(ClaimLoader.body(ticket, network).contains("\"regime\":\"SSN_TICKET\""));
    }
}
