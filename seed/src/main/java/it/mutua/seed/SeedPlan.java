package it.mutua.seed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import it.mutua.app.kernel.VatNumber;

/**
 * The deterministic plan of the data set for a seed and a scale: which cooperatives exist (code, name, region,
 * federation, parent, partita IVA) and how many people each enrols. The same seed and scale always give the same plan;
 * different seeds give different codes and partite IVA, so two data sets can share a database.
 */
public final class SeedPlan {

    private final long seed;
    private final Scale scale;
    private final Scale peopleScale;
    private final List<PlannedCooperative> cooperatives;

    private SeedPlan(long seed, Scale scale, Scale peopleScale, List<PlannedCooperative> cooperatives) {
        this.seed = seed;
        this.scale = scale;
        this.peopleScale = peopleScale;
        this.cooperatives = List.copyOf(cooperatives);
    }

    public static SeedPlan of(long seed, Scale scale) {
        return of(seed, scale, scale);
    }

    /**
     * A plan whose people are scaled apart from its cooperatives (e.g. every cooperative but a tenth of the people);
     * every cooperative still enrols at least one person.
     */
    public static SeedPlan of(long seed, Scale scale, Scale peopleScale) {
        if (seed < 0 || seed > 99_999) {
            throw new IllegalArgumentException("seed must be 0..99999 (it is part of tenant codes), was " + seed);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int lombardy = scale.of(FederationShape.COOPERATIVES_LOMBARDY);
        int national = scale.of(FederationShape.COOPERATIVES_NATIONAL);
        int peopleLombardy = Math.max(lombardy, peopleScale.of(FederationShape.PEOPLE_LOMBARDY));
        int peopleNational = Math.max(national, peopleScale.of(FederationShape.PEOPLE_TOTAL - FederationShape.PEOPLE_LOMBARDY));

        List<String> regions = new ArrayList<>(Collections.nCopies(lombardy, FederationShape.LOMBARDY_REGION));
        regions.addAll(spread(FederationShape.REGIONS_UNDER_NATIONAL, national, random));
        List<String> federations = spread(FederationShape.FEDERATIONS, lombardy + national, random);
        Collections.shuffle(federations, new java.util.Random(random.nextLong()));
        int[] sizesLombardy = sizes(lombardy, peopleLombardy, random);
        int[] sizesNational = sizes(national, peopleNational, random);

        List<PlannedCooperative> coops = new ArrayList<>(lombardy + national);
        for (int i = 0; i < lombardy + national; i++) {
            boolean inLombardy = i < lombardy;
            int people = inLombardy ? sizesLombardy[i] : sizesNational[i - lombardy];
            // the product refuses family members where the adopted plan does not offer the family extension, so the
            // 15% of family members live in the cooperatives that offer it (at most half of a cooperative's people)
            boolean offersFamily = AdoptionPlanner.of(seed, i).familyExtensionOffered();
            int family = people < 2 || !offersFamily ? 0
                    : (int) Math.min(people / 2, Math.round(people * FederationShape.FAMILY_SHARE / AdoptionPlanner.OFFERING_FAMILY));
            String region = regions.get(i);
            String federation = federations.get(i);
            String name = Names.COOP_KIND.get(federation) + " " + Names.COOP_WORDS.get(random.nextInt(Names.COOP_WORDS.size()))
                    + " " + (i + 1);
            coops.add(new PlannedCooperative(i, code(seed, region, i), name, region, federation,
                    inLombardy ? FederationShape.LOMBARDY : FederationShape.NATIONAL, vatNumber(seed, i, random),
                    people - family, family));
        }
        return new SeedPlan(seed, scale, peopleScale, coops);
    }

    public long seed() {
        return seed;
    }

    public Scale scale() {
        return scale;
    }

    public Scale peopleScale() {
        return peopleScale;
    }

    public List<PlannedCooperative> cooperatives() {
        return cooperatives;
    }

    public long people() {
        return cooperatives.stream().mapToLong(PlannedCooperative::people).sum();
    }

    /** Generates every cooperative's people, in plan order (sequential, so deterministic); about 1 s per 100,000. */
    public Map<PlannedCooperative, List<Person>> generatePeople() {
        PeopleGenerator generator = new PeopleGenerator(seed);
        Map<PlannedCooperative, List<Person>> people = new java.util.LinkedHashMap<>();
        for (PlannedCooperative coop : cooperatives) {
            people.put(coop, generator.peopleOf(coop));
        }
        return people;
    }

    /** e.g. {@code s2025-03-00017}: the seed keeps data sets apart, the region makes codes readable. */
    static String code(long seed, String region, int index) {
        return "s" + seed + "-" + region + "-" + String.format("%05d", index + 1);
    }

    /**
     * A valid partita IVA, unique per seed and index: 7 digits of company number (seed block + index), a real
     * provincial office code (001–100) and the check digit computed by the kernel.
     */
    static String vatNumber(long seed, int index, SplittableRandom random) {
        long company = 1_000_000L + (seed % 900) * 10_000L + index;
        int office = 1 + random.nextInt(100);
        return VatNumber.withCheckDigit(String.format("%07d%03d", company, office));
    }

    /** Items repeated in proportion to their weights, {@code count} in all, shuffled. */
    private static List<String> spread(Map<String, Double> weights, int count, SplittableRandom random) {
        List<String> keys = List.copyOf(weights.keySet());
        int[] parts = Apportion.split(count, keys.stream().mapToDouble(weights::get).toArray(), 0);
        List<String> items = new ArrayList<>(count);
        for (int k = 0; k < keys.size(); k++) {
            items.addAll(Collections.nCopies(parts[k], keys.get(k)));
        }
        Collections.shuffle(items, new java.util.Random(random.nextLong()));
        return items;
    }

    /** Log-normal sizes scaled to the exact total: most cooperatives small, a few with thousands of people. */
    private static int[] sizes(int cooperatives, int people, SplittableRandom random) {
        double[] weights = new double[cooperatives];
        for (int i = 0; i < cooperatives; i++) {
            weights[i] = Math.exp(FederationShape.SIZE_SIGMA * gaussian(random));
        }
        return Apportion.split(people, weights, 1);
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default, kept explicit
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
