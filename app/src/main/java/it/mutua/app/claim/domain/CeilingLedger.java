package it.mutua.app.claim.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import it.mutua.app.plan.domain.CeilingUsage;
import it.mutua.app.plan.domain.Money;

/**
 * What each ceiling has already paid, for the rows one claim touches: loaded (and locked) by the store before
 * adjudication, updated line by line so two lines of the same claim see each other, and written back as deltas.
 * Every line counts towards its person, family and (when it has one) sub-ceiling row, whether or not the benefit has
 * that ceiling today: a layer may add a ceiling mid-year and must find the year's usage already counted.
 */
public final class CeilingLedger {

    private final Map<CeilingKey, Money> used;
    private final Map<CeilingKey, Money> delta = new TreeMap<>();

    public CeilingLedger(Map<CeilingKey, Money> alreadyUsed) {
        this.used = new TreeMap<>(alreadyUsed);
    }

    /** The rows a line of this person touches, in lock order. */
    public static SortedSet<CeilingKey> keysFor(String fiscalCode, String holderFiscalCode, String benefitCode,
                                                Optional<String> subCeiling, int year) {
        var keys = new TreeSet<CeilingKey>();
        keys.add(new CeilingKey(CeilingKey.Scope.PERSON, fiscalCode, benefitCode, "", year));
        keys.add(new CeilingKey(CeilingKey.Scope.FAMILY, holderFiscalCode, benefitCode, "", year));
        subCeiling.ifPresent(sub -> keys.add(new CeilingKey(CeilingKey.Scope.SUB, fiscalCode, benefitCode, sub, year)));
        return keys;
    }

    public static SortedSet<CeilingKey> keysFor(Coverage coverage, LineToJudge line) {
        return keysFor(coverage.fiscalCode(), coverage.holderFiscalCode(), line.benefitCode(), line.subCeiling(),
                line.planYear());
    }

    public CeilingUsage usageFor(Coverage coverage, LineToJudge line) {
        int year = line.planYear();
        return new CeilingUsage(
                amount(new CeilingKey(CeilingKey.Scope.PERSON, coverage.fiscalCode(), line.benefitCode(), "", year)),
                amount(new CeilingKey(CeilingKey.Scope.FAMILY, coverage.holderFiscalCode(), line.benefitCode(), "",
                        year)),
                line.subCeiling().map(sub -> amount(new CeilingKey(CeilingKey.Scope.SUB, coverage.fiscalCode(),
                        line.benefitCode(), sub, year))).orElse(Money.ZERO));
    }

    /** Counts {@code amount} (positive: paid; negative: released by a rejection or a reduction) on every key. */
    public void add(Iterable<CeilingKey> keys, Money amount) {
        if (amount.isZero()) {
            return;
        }
        for (CeilingKey key : keys) {
            used.merge(key, amount, Money::plus);
            delta.merge(key, amount, Money::plus);
        }
    }

    public Money amount(CeilingKey key) {
        return used.getOrDefault(key, Money.ZERO);
    }

    /** What changed since loading, per key: what the store adds to each row. */
    public Map<CeilingKey, Money> changes() {
        return Collections.unmodifiableMap(delta);
    }
}
