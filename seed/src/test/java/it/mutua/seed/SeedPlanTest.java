package it.mutua.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.Region;
import it.mutua.app.kernel.VatNumber;

class SeedPlanTest {

    private static final SeedPlan FULL = SeedPlan.of(2025, new Scale(1));

    @Test
    void the_full_plan_has_the_real_federations_cooperatives_1026_of_them_under_lombardy() {
        assertEquals(4_394, FULL.cooperatives().size());
        assertEquals(1_026, FULL.cooperatives().stream().filter(PlannedCooperative::underLombardy).count());
        assertEquals(3_368, FULL.cooperatives().stream().filter(c -> c.parent().equals("nazionale")).count());
    }

    @Test
    void lombardy_cooperatives_are_in_lombardy_and_the_others_spread_over_the_other_nineteen_regions() {
        assertTrue(FULL.cooperatives().stream().filter(PlannedCooperative::underLombardy).allMatch(c -> c.region().equals("03")));
        Set<String> others = FULL.cooperatives().stream().filter(c -> !c.underLombardy()).map(PlannedCooperative::region)
                .collect(Collectors.toSet());
        assertEquals(19, others.size());
        assertTrue(!others.contains("03"));
        others.forEach(Region::ofIstatCode);   // every one a real ISTAT region code
    }

    @Test
    void most_cooperatives_are_social_and_every_one_has_one_of_the_three_federations() {
        Map<String, Long> bySector = FULL.cooperatives().stream()
                .collect(Collectors.groupingBy(PlannedCooperative::federation, Collectors.counting()));
        assertEquals(Set.of("social", "housing", "community"), bySector.keySet());
        assertTrue(bySector.get("social") > bySector.get("housing") + bySector.get("community"), bySector::toString);
    }

    @Test
    void the_full_plan_enrols_400000_people_72000_of_them_under_lombardy_about_15_percent_family() {
        assertEquals(400_000, FULL.people());
        assertEquals(72_000, FULL.cooperatives().stream().filter(PlannedCooperative::underLombardy)
                .mapToInt(PlannedCooperative::people).sum());
        double family = FULL.cooperatives().stream().mapToInt(PlannedCooperative::familyMembers).sum() / 400_000.0;
        assertEquals(0.15, family, 0.01);
    }

    @Test
    void sizes_are_skewed_most_cooperatives_small_a_few_with_thousands() {
        int[] sizes = FULL.cooperatives().stream().mapToInt(PlannedCooperative::people).sorted().toArray();
        int median = sizes[sizes.length / 2];
        assertTrue(median < 91, "median " + median + " should be below the mean of 91");
        assertTrue(sizes[sizes.length - 1] >= 1_000, "largest " + sizes[sizes.length - 1]);
        assertTrue(sizes[0] >= 1, "every cooperative enrols someone");
    }

    @Test
    void every_partita_iva_is_valid_and_unique_and_every_code_is_a_valid_unique_tenant_code() {
        Set<String> vats = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (PlannedCooperative c : FULL.cooperatives()) {
            assertEquals(c.vatNumber(), VatNumber.parse(c.vatNumber()).value());
            assertTrue(vats.add(c.vatNumber()), "duplicate " + c.vatNumber());
            assertTrue(c.code().matches("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]"), c.code());
            assertTrue(codes.add(c.code()), "duplicate " + c.code());
        }
    }

    @Test
    void the_same_seed_gives_the_same_plan_and_another_seed_other_codes_and_partite_iva() {
        assertEquals(FULL.cooperatives(), SeedPlan.of(2025, new Scale(1)).cooperatives());
        SeedPlan other = SeedPlan.of(2026, new Scale(1));
        Set<String> vats = FULL.cooperatives().stream().map(PlannedCooperative::vatNumber).collect(Collectors.toSet());
        assertTrue(other.cooperatives().stream().noneMatch(c -> vats.contains(c.vatNumber())));
        assertNotEquals(FULL.cooperatives().get(0).code(), other.cooperatives().get(0).code());
    }

    @Test
    void a_hundredth_keeps_the_proportions_and_a_tiny_scale_still_has_a_lombardy_and_a_national_cooperative() {
        SeedPlan hundredth = SeedPlan.of(7, Scale.parse("1/100"));
        assertEquals(44, hundredth.cooperatives().size());
        assertEquals(4_000, hundredth.people());
        SeedPlan tiny = SeedPlan.of(7, Scale.parse("1/100000"));
        assertEquals(List.of("lombardia", "nazionale"), tiny.cooperatives().stream().map(PlannedCooperative::parent).toList());
    }
}
