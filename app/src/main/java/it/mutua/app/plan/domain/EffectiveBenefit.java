package it.mutua.app.plan.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One benefit (garanzia) of an effective plan, typed. Provenance per value is on the plan
 * ({@link EffectivePlan#field(String)}, with {@link PlanPaths} for the path); this record is what rules compute with.
 */
public record EffectiveBenefit(String code, BenefitArea area, String name, boolean vincolata,
                               Map<ProviderRegime, CostShare> regimes,
                               Optional<Money> perPersonYear, Optional<Money> perFamilyYear,
                               Map<String, Money> subCeilings, Optional<Money> minimumPerRequest,
                               Map<WaitingCause, Integer> waitingDays, Eligibility eligibility) {

    public EffectiveBenefit {
        regimes = Map.copyOf(regimes);
        subCeilings = Map.copyOf(subCeilings);
        waitingDays = Map.copyOf(waitingDays);
    }

    public Optional<CostShare> costShare(ProviderRegime regime) {
        return Optional.ofNullable(regimes.get(regime));
    }

    /** Days of carenza for {@code cause}; 0 (covered from day 1) when the plan sets none. */
    public int waitingDays(WaitingCause cause) {
        return waitingDays.getOrDefault(cause, 0);
    }

    /** Builds the typed view from this benefit's fields, keyed by path relative to {@code benefits/CODE/}. */
    static EffectiveBenefit from(String code, Map<String, Object> fields) {
        var regimes = new EnumMap<ProviderRegime, CostShare>(ProviderRegime.class);
        var subCeilings = new TreeMap<String, Money>();
        var waiting = new EnumMap<WaitingCause, Integer>(WaitingCause.class);
        var roles = EnumSet.noneOf(FamilyRole.class);
        for (var entry : fields.entrySet()) {
            String[] parts = entry.getKey().split("/");
            Object value = entry.getValue();
            switch (parts[0]) {
                case "regimes" -> regimes.put(ProviderRegime.valueOf(parts[1]), (CostShare) value);
                case "subCeilings" -> subCeilings.put(parts[1], (Money) value);
                case "waitingDays" -> waiting.put(WaitingCause.valueOf(parts[1]), (Integer) value);
                case "eligibility" -> {
                    if (parts[1].equals("roles") && Boolean.TRUE.equals(value)) {
                        roles.add(FamilyRole.valueOf(parts[2]));
                    }
                }
                default -> { }
            }
        }
        var area = (BenefitArea) fields.get("area");
        return new EffectiveBenefit(code, area, (String) fields.get("name"),
                (Boolean) fields.getOrDefault("vincolata", area.vincolataByDefault()),
                regimes,
                Optional.ofNullable((Money) fields.get("ceilings/perPersonYear")),
                Optional.ofNullable((Money) fields.get("ceilings/perFamilyYear")),
                subCeilings,
                Optional.ofNullable((Money) fields.get("minimumPerRequest")),
                waiting,
                new Eligibility(roles, (Integer) fields.getOrDefault("eligibility/minAge", 0),
                        (Integer) fields.getOrDefault("eligibility/maxAge", Eligibility.NO_MAX_AGE)));
    }
}
