package it.mutua.app.plan.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static it.mutua.app.plan.domain.Money.euros;

/**
 * Not a test: prints the warm median time of one uncached resolve of 4 layers × 40 benefits (target ≤ 1 ms).
 * Run: mvn -q -o -pl app test-compile, then java -cp app/target/classes:app/target/test-classes
 * it.mutua.app.plan.domain.PlanResolverBenchmark [runs].
 */
public final class PlanResolverBenchmark {

    private static final int BENEFITS = 40;

    private PlanResolverBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        var layers = layers();
        var resolver = new PlanResolver();
        int fields = resolver.resolve(layers).fields().size();
        for (int i = 0; i < runs; i++) {
            resolver.resolve(layers); // warm-up: let the JIT compile the resolver before measuring
        }
        long[] nanos = new long[runs];
        long sink = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += resolver.resolve(layers).fields().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("PlanResolver: 4 layers x %d benefits, %d changes -> %d fields; %d runs%n", BENEFITS,
                layers.stream().mapToInt(v -> v.overlay().changes().size()).sum(), fields, runs);
        System.out.printf("median %.3f ms, p90 %.3f ms, p99 %.3f ms (sink %d)%n", ms(nanos[runs / 2]),
                ms(nanos[runs * 9 / 10]), ms(nanos[runs * 99 / 100]), sink);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    static List<PublishedLayerVersion> layers() {
        var national = Overlay.builder().name("Benchmark").workerContribution(euros(60))
                .familyContribution(FamilyRole.CHILD, AgeBand.between(0, 25), euros(48));
        var federation = Overlay.builder();
        var region = Overlay.builder();
        var coop = Overlay.builder().familyExtension(true);
        for (int i = 0; i < BENEFITS; i++) {
            String code = "B" + i;
            national.addBenefit(code, BenefitArea.values()[i % 10], "Garanzia " + i)
                    .costShare(code, ProviderRegime.COOPERATIVE_NETWORK, CostShare.fixed(euros(30)))
                    .costShare(code, ProviderRegime.OTHER_NETWORK, CostShare.fixed(euros(45)))
                    .costShare(code, ProviderRegime.OUT_OF_NETWORK, CostShare.scoperto(Percent.of(30), euros(60)))
                    .costShare(code, ProviderRegime.SSN_TICKET, CostShare.franchigia(euros(15)))
                    .perPersonYear(code, euros(1000)).perFamilyYear(code, euros(3000))
                    .subCeiling(code, "SUB", euros(500)).minimumPerRequest(code, euros(20))
                    .waitingDays(code, WaitingCause.ILLNESS, 30).waitingDays(code, WaitingCause.PREGNANCY, 270)
                    .eligibleRoles(code, FamilyRole.WORKER, FamilyRole.SPOUSE, FamilyRole.CHILD)
                    .lock(PlanPaths.perFamilyYear(code));
            federation.perPersonYear(code, euros(1200)).costShare(code, ProviderRegime.OTHER_NETWORK,
                    CostShare.fixed(euros(40)));
            String local = "L" + i;
            region.addBenefit(local, BenefitArea.LOCAL, "Progetto locale " + i)
                    .costShare(local, ProviderRegime.COOPERATIVE_NETWORK, CostShare.none())
                    .perPersonYear(local, euros(600));
            coop.minimumPerRequest(code, euros(25));
        }
        var versions = new ArrayList<PublishedLayerVersion>();
        versions.add(Layers.version(Layers.NATIONAL, "n", national.build()));
        versions.add(Layers.version(Layers.HOUSING, "f", federation.build()));
        versions.add(Layers.version(Layers.LOMBARDY, "r", region.build()));
        versions.add(Layers.version(Layers.COOP, "c", coop.build()));
        return versions;
    }
}
