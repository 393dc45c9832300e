package it.mutua.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
}
