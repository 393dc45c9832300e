package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prices one claim line, in the order plans are written: first the member's share under the provider regime (fixed
 * amount, scoperto with its minimum, or franchigia), then the ceilings (person, family, sub-ceiling, each counted
 * after what is already consumed), then the minimum per request. Eligibility and carenza are decided before this,
 * by adjudication; a line that reaches here is covered in principle.
 */
public final class ReimbursementCalculator {

    private static final Locale IT = Locale.ITALY;
    private static final Locale EN = Locale.ENGLISH;

    public ReimbursementResult calculate(EffectiveBenefit benefit, ProviderRegime regime, Money invoiced,
                                         CeilingUsage used) {
        return calculate(ReimbursementLine.of(benefit, regime, invoiced), used);
    }

    public ReimbursementResult calculate(ReimbursementLine line, CeilingUsage used) {
        Money invoiced = line.invoiced();
        if (invoiced.isNegative()) {
            throw RuleViolation.invalid("invoiced", "plan.money.negative", invoiced);
        }
        var reasons = new ArrayList<ReimbursementReason>();
        var share = line.benefit().costShare(line.regime());
        if (share.isEmpty()) {
            reasons.add(reason("reimbursement.regime.notCovered", List.of(line.regime().name()),
                    "regime " + line.regime() + " non coperto da questa garanzia",
                    "regime " + line.regime() + " not covered by this benefit"));
            return new ReimbursementResult(invoiced, Money.ZERO, reasons);
        }
        Money amount = invoiced.minus(memberShare(share.get(), invoiced, reasons)).atLeastZero();
        amount = capPerson(line.benefit(), amount, used.personYear(), reasons);
        amount = capFamily(line.benefit(), amount, used.familyYear(), reasons);
        amount = capSubCeiling(line, amount, used.subCeilingYear(), reasons);
        amount = applyMinimumPerRequest(line.benefit(), amount, reasons);
        return new ReimbursementResult(invoiced, amount, reasons);
    }

    private static Money memberShare(CostShare share, Money invoiced, List<ReimbursementReason> reasons) {
        return switch (share) {
            case CostShare.FixedAmount fixed -> {
                Money member = fixed.perEvent().min(invoiced);
                reasons.add(reason("reimbursement.share.fixed", args(fixed.perEvent(), member),
                        "quota fissa di " + it(fixed.perEvent()) + " per prestazione: " + it(member)
                                + " a carico dell'assistito",
                        "fixed share of " + en(fixed.perEvent()) + " per event: " + en(member) + " left to the member"));
                yield member;
            }
            case CostShare.Franchigia franchigia -> {
                Money member = franchigia.perEvent().min(invoiced);
                reasons.add(reason("reimbursement.share.franchigia", args(franchigia.perEvent(), member),
                        "franchigia di " + it(franchigia.perEvent()) + " per prestazione: " + it(member)
                                + " a carico dell'assistito",
                        "deductible (franchigia) of " + en(franchigia.perEvent()) + " per event: " + en(member)
                                + " left to the member"));
                yield member;
            }
            case CostShare.Scoperto scoperto -> scopertoShare(scoperto, invoiced, reasons);
            case CostShare.NoShare none -> Money.ZERO;
        };
    }

    private static Money scopertoShare(CostShare.Scoperto scoperto, Money invoiced,
                                       List<ReimbursementReason> reasons) {
        Money byPercent = invoiced.percent(scoperto.percent());
        if (byPercent.isLessThan(scoperto.minimum())) {
            Money member = scoperto.minimum().min(invoiced);
            reasons.add(reason("reimbursement.share.scopertoMinimum",
                    List.of(scoperto.percent().toString(), byPercent.toString(), scoperto.minimum().toString()),
                    "scoperto " + scoperto.percent() + " pari a " + it(byPercent)
                            + ", inferiore al minimo non indennizzabile di " + it(scoperto.minimum()) + ": "
                            + it(member) + " a carico dell'assistito",
                    "scoperto " + scoperto.percent() + " is " + en(byPercent) + ", below the "
                            + en(scoperto.minimum()) + " minimum: " + en(member) + " left to the member"));
            return member;
        }
        reasons.add(reason("reimbursement.share.scoperto", List.of(scoperto.percent().toString(), byPercent.toString()),
                "scoperto " + scoperto.percent() + ": " + it(byPercent) + " a carico dell'assistito",
                "scoperto " + scoperto.percent() + ": " + en(byPercent) + " left to the member"));
        return byPercent;
    }

    private static Money capPerson(EffectiveBenefit benefit, Money amount, Money used,
                                   List<ReimbursementReason> reasons) {
        if (benefit.perPersonYear().isEmpty()) {
            return amount;
        }
        Money ceiling = benefit.perPersonYear().get();
        return cap(amount, ceiling, used, reasons, "reimbursement.ceiling.person",
                "massimale raggiunto: " + it(ceiling) + " annui, " + it(used) + " già utilizzati",
                "ceiling reached: " + en(ceiling) + " per year, " + en(used) + " already used");
    }

    private static Money capFamily(EffectiveBenefit benefit, Money amount, Money used,
                                   List<ReimbursementReason> reasons) {
        if (benefit.perFamilyYear().isEmpty()) {
            return amount;
        }
        Money ceiling = benefit.perFamilyYear().get();
        return cap(amount, ceiling, used, reasons, "reimbursement.ceiling.family",
                "massimale per nucleo familiare raggiunto: " + it(ceiling) + " annui, " + it(used)
                        + " già utilizzati dal nucleo",
                "family ceiling reached: " + en(ceiling) + " per family per year, " + en(used)
                        + " already used by the family");
    }

    private static Money capSubCeiling(ReimbursementLine line, Money amount, Money used,
                                       List<ReimbursementReason> reasons) {
        if (line.subCeiling().isEmpty()) {
            return amount;
        }
        String key = line.subCeiling().get();
        Money ceiling = line.benefit().subCeilings().get(key);
        if (ceiling == null) {
            throw RuleViolation.invalid("subCeiling", "reimbursement.subCeiling.unknown", key);
        }
        return cap(amount, ceiling, used, reasons, "reimbursement.ceiling.sub",
                "sottomassimale " + key + " raggiunto: " + it(ceiling) + " annui, " + it(used) + " già utilizzati",
                "sub-ceiling " + key + " reached: " + en(ceiling) + " per year, " + en(used) + " already used");
    }

    private static Money cap(Money amount, Money ceiling, Money used, List<ReimbursementReason> reasons, String code,
                             String textIt, String textEn) {
        Money left = ceiling.minus(used).atLeastZero();
        if (!amount.isGreaterThan(left)) {
            return amount;
        }
        reasons.add(reason(code, args(ceiling, used), textIt, textEn));
        return left;
    }

    private static Money applyMinimumPerRequest(EffectiveBenefit benefit, Money amount,
                                                List<ReimbursementReason> reasons) {
        if (benefit.minimumPerRequest().isEmpty() || amount.isZero()
                || !amount.isLessThan(benefit.minimumPerRequest().get())) {
            return amount;
        }
        Money minimum = benefit.minimumPerRequest().get();
        reasons.add(reason("reimbursement.minimumPerRequest", args(minimum, amount),
                "importo rimborsabile " + it(amount) + " inferiore al minimo per richiesta di " + it(minimum)
                        + ": nessun rimborso",
                "reimbursable " + en(amount) + " is below the minimum per request of " + en(minimum)
                        + ": nothing reimbursed"));
        return Money.ZERO;
    }

    private static ReimbursementReason reason(String code, List<String> args, String textIt, String textEn) {
        return new ReimbursementReason(code, args, textIt, textEn);
    }

    private static List<String> args(Money... amounts) {
        return java.util.Arrays.stream(amounts).map(Money::toString).toList();
    }

    private static String it(Money money) {
        return money.display(IT);
    }

    private static String en(Money money) {
        return money.display(EN);
    }
}
