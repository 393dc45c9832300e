package it.mutua.seed;

import java.util.SplittableRandom;

/**
 * Which national plan each cooperative adopts, with its options: most adopt the social-cooperation plan (and so get
 * their federation's tailoring and, under Lombardy, the regional project on top), about one in ten the family dental
 * plan; seven in ten offer the family extension. Deterministic from the seed and the cooperative's index.
 */
final class AdoptionPlanner {

    static final String SOCIAL_COOPERATION = "SOCIAL_COOPERATION";
    static final String FAMILY_DENTAL = "FAMILY_DENTAL";
    static final String EFFECTIVE_FROM = "2026-01-01";

    /** One cooperative's adoption as POST /api/plans/{plan}/adoptions takes it. */
    record Adoption(String planCode, String effectiveFrom, boolean familyExtensionOffered) {
    }

    private final long seed;

    AdoptionPlanner(long seed) {
        this.seed = seed;
    }

    /** Share of cooperatives offering the family extension: the product enrols family members only there. */
    static final double OFFERING_FAMILY = 0.7;

    Adoption of(PlannedCooperative coop) {
        return of(seed, coop.index());
    }

    static Adoption of(long seed, int cooperativeIndex) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + cooperativeIndex);
        String plan = random.nextInt(10) == 0 ? FAMILY_DENTAL : SOCIAL_COOPERATION;
        return new Adoption(plan, EFFECTIVE_FROM, random.nextInt(10) < OFFERING_FAMILY * 10);
    }
}
