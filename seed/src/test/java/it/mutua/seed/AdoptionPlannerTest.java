package it.mutua.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AdoptionPlannerTest {

    private static final SeedPlan PLAN = SeedPlan.of(2025, Scale.parse("1/10"));

    @Test
    void most_cooperatives_adopt_the_social_cooperation_plan_about_one_in_ten_the_family_dental_one() {
        AdoptionPlanner planner = new AdoptionPlanner(2025);
        List<AdoptionPlanner.Adoption> all = PLAN.cooperatives().stream().map(planner::of).toList();
        long dental = all.stream().filter(a -> a.planCode().equals(AdoptionPlanner.FAMILY_DENTAL)).count();
        assertTrue(dental > all.size() * 0.05 && dental < all.size() * 0.15, dental + " of " + all.size());
        assertTrue(all.stream().allMatch(a -> a.effectiveFrom().equals("2026-01-01")));
        long extension = all.stream().filter(AdoptionPlanner.Adoption::familyExtensionOffered).count();
        assertTrue(extension > all.size() * 0.6 && extension < all.size() * 0.8, extension + " of " + all.size());
    }

    @Test
    void the_same_seed_gives_the_same_adoptions() {
        PlannedCooperative coop = PLAN.cooperatives().get(17);
        assertEquals(new AdoptionPlanner(2025).of(coop), new AdoptionPlanner(2025).of(coop));
    }
}
