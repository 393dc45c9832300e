package it.mutua.app.member.contribution.domain;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.mutua.app.plan.domain.Contributions;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.plan.domain.Money;

/**
 * Computes a statement's lines: the worker pays the plan's yearly worker contribution, a family member the amount of
 * their role and age band (e.g. social cooperation: €60 spouse or child ≥ 26, €48 child &lt; 26), each for the
 * period's share of the year. Age is whole years at the start of the period, as the plan's bands are read. A person
 * the plan asks nothing for (no band matches) gets no line, and is listed in {@link Result#uncharged()}.
 */
public final class ContributionCalculator {

    /** The lines, their total, and the people with coverage the plan has no amount for. */
    public record Result(List<ContributionLine> lines, Money total, List<Insured> uncharged) {
    }

    private ContributionCalculator() {
    }

    public static Result compute(ContributionPeriod period, Contributions plan, List<Insured> insured) {
        List<ContributionLine> lines = new ArrayList<>();
        List<Insured> uncharged = new ArrayList<>();
        Money total = Money.ZERO;
        for (Insured person : insured) {
            int age = Period.between(person.birthDate(), period.start()).getYears();
            Optional<Money> perYear = person.role() == FamilyRole.WORKER ? plan.workerPerYear()
                    : plan.forFamilyMember(person.role(), age);
            if (perYear.isEmpty()) {
                uncharged.add(person);
                continue;
            }
            Money amount = period.share(perYear.get());
            lines.add(new ContributionLine(person.memberId(), person.fiscalCode(), person.role(), age, amount));
            total = total.plus(amount);
        }
        return new Result(lines, total, uncharged);
    }
}
