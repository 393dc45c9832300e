package it.mutua.app.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static it.mutua.app.plan.domain.Money.euros;

/**
 * Not a test: prints the warm median time of the descendant check of one national publication of the 40-benefit plan
 * of {@link PlanResolverBenchmark}, against 5 federations and 20 regions that each have a layer (126 combinations).
 * Run: mvn -q -o -pl app test-compile, then java -cp app/target/classes:app/target/test-classes
 * it.mutua.app.plan.domain.DescendantCheckBenchmark [runs].
 */
public final class DescendantCheckBenchmark {

    private static final int FEDERATIONS = 5;
    private static final int REGIONS = 20;

    private DescendantCheckBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        var layers = PlanResolverBenchmark.layers();
        var national = new LayerVersionHistory(Layers.NATIONAL, List.of(layers.get(0)));
        var candidate = new LayerDraft(Layers.NATIONAL, "P", layers.get(0).overlay())
                .publish("n2", 2, LocalDate.of(2026, 7, 1));
        var federations = new ArrayList<LayerVersionHistory>();
        for (int i = 0; i < FEDERATIONS; i++) {
            var ref = new LayerRef(LayerLevel.FEDERATION, "fed-" + i, "federation " + i);
            federations.add(new LayerVersionHistory(ref, List.of(new LayerDraft(ref, "P", layers.get(1).overlay())
                    .publish("f" + i, 1, Layers.JAN_1))));
        }
        var regions = new ArrayList<LayerVersionHistory>();
        for (int i = 0; i < REGIONS; i++) {
            var ref = new LayerRef(LayerLevel.REGIONAL, "reg-" + i, "region " + i);
            regions.add(new LayerVersionHistory(ref, List.of(new LayerDraft(ref, "P", layers.get(2).overlay()
                    .with(new FieldChange.Set(PlanPaths.WORKER_CONTRIBUTION, euros(60 + i))))
                    .publish("r" + i, 1, Layers.JAN_1))));
        }
        var combinations = new ArrayList<List<LayerVersionHistory>>();
        combinations.add(List.of(national));
        federations.forEach(f -> combinations.add(List.of(national, f)));
        regions.forEach(r -> combinations.add(List.of(national, r)));
        federations.forEach(f -> regions.forEach(r -> combinations.add(List.of(national, f, r))));
        var resolver = new PlanResolver();
        for (int i = 0; i < runs; i++) {
            DescendantCheck.verify(resolver, candidate, combinations); // warm-up
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            DescendantCheck.verify(resolver, candidate, combinations);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("DescendantCheck: national publication, %d federations x %d regions = %d combinations, "
                + "40 benefits; %d runs%n", FEDERATIONS, REGIONS, combinations.size(), runs);
        System.out.printf("median %.1f ms, p90 %.1f ms%n", nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6);
    }
}
