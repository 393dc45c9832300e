package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.mutua.app.plan.domain.CeilingUsage;
import it.mutua.app.plan.domain.EffectiveBenefit;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ReimbursementCalculator;
import it.mutua.app.plan.domain.ReimbursementLine;
import it.mutua.app.plan.domain.ReimbursementReason;
import it.mutua.app.plan.domain.WaitingCause;

/**
 * Judges one claim line, in the order a claims officer would: is the person covered on the service date, by which
 * plan, is the benefit in it and are they eligible for it, is the carenza over; then the plan's
 * {@link ReimbursementCalculator} prices it (cost share, ceilings after what is already used, minimum per request).
 * Every step that matters leaves a reason, so the outcome can be explained line by line to the member.
 */
public final class Adjudicator {

    public static final String COVERED = "claim.covered";
    public static final String NOT_COVERED = "claim.coverage.none";
    public static final String BEFORE_ENROLMENT = "claim.coverage.beforeEnrolment";
    public static final String NO_PLAN = "claim.plan.none";
    public static final String NOT_IN_PLAN = "claim.benefit.notInPlan";
    public static final String NOT_ELIGIBLE = "claim.eligibility.excluded";
    public static final String CARENZA = "claim.carenza";

    private static final DateTimeFormatter IT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final ReimbursementCalculator calculator = new ReimbursementCalculator();

    public LineJudgement judge(LineToJudge line, Optional<Coverage> coverage, Optional<EffectivePlan> plan,
                               CeilingUsage used) {
        LocalDate date = line.serviceDate();
        if (coverage.isEmpty()) {
            return refused(line, null, reason(NOT_COVERED, List.of(date.toString()),
                    "nessuna copertura attiva il " + it(date), "no coverage in force on " + date));
        }
        Coverage who = coverage.get();
        if (date.isBefore(who.enrolmentStart())) {
            return refused(line, null, reason(BEFORE_ENROLMENT, List.of(date.toString(), who.enrolmentStart().toString()),
                    "prestazione del " + it(date) + " anteriore all'iscrizione del " + it(who.enrolmentStart()),
                    "service on " + date + " is before enrolment on " + who.enrolmentStart()));
        }
        if (plan.isEmpty()) {
            return refused(line, null, reason(NO_PLAN, List.of(who.planCode(), date.toString()),
                    "nessuna versione del piano " + who.planCode() + " in vigore il " + it(date),
                    "no version of plan " + who.planCode() + " in force on " + date));
        }
        Optional<EffectiveBenefit> found = plan.get().benefit(line.benefitCode());
        if (found.isEmpty()) {
            return refused(line, null, reason(NOT_IN_PLAN, List.of(line.benefitCode(), who.planCode()),
                    "la garanzia " + line.benefitCode() + " non è prevista dal piano " + who.planCode(),
                    "benefit " + line.benefitCode() + " is not in plan " + who.planCode()));
        }
        EffectiveBenefit benefit = found.get();
        int age = who.ageOn(date);
        if (!benefit.eligibility().admits(who.role(), age)) {
            return refused(line, benefit, reason(NOT_ELIGIBLE, List.of(who.role().name(), Integer.toString(age)),
                    "garanzia non prevista per " + roleIt(who) + " di " + age + " anni",
                    "benefit not available to a " + who.role().name().toLowerCase().replace('_', ' ') + " aged "
                            + age));
        }
        int waiting = benefit.waitingDays(line.cause());
        LocalDate coveredFrom = who.enrolmentStart().plusDays(waiting);
        if (date.isBefore(coveredFrom)) {
            return refused(line, benefit, reason(CARENZA,
                    List.of(Integer.toString(waiting), line.cause().name(), who.enrolmentStart().toString(),
                            coveredFrom.toString()),
                    "carenza di " + waiting + " giorni per " + causeIt(line.cause()) + " dall'iscrizione del "
                            + it(who.enrolmentStart()) + ": coperto dal " + it(coveredFrom),
                    "waiting period of " + waiting + " days for " + line.cause().name().toLowerCase().replace('_', '-')
                            + " from enrolment on " + who.enrolmentStart() + ": covered from " + coveredFrom));
        }
        var reasons = new ArrayList<ReimbursementReason>();
        // the exact layer versions in force on the service date, so the outcome can be traced to what was published
        String versions = String.join(", ", plan.get().versions().versionIds());
        reasons.add(reason(COVERED, List.of(who.planCode(), line.regime().name(), versions),
                "coperto dal piano " + plan.get().name() + " (" + line.regime() + "; versioni " + versions + ")",
                "covered by plan " + plan.get().name() + " (" + line.regime() + "; versions " + versions + ")"));
        var priced = calculator.calculate(new ReimbursementLine(benefit, line.regime(), line.invoiced(),
                line.subCeiling()), used);
        reasons.addAll(priced.reasons());
        return new LineJudgement(line.invoiced(), priced.reimbursed(), reasons, Optional.of(benefit));
    }

    /**
     * Judges a claim's lines in order against one ledger, so a later line sees what an earlier one consumed; each
     * line's coverage and plan come from the service date. Lines refused before pricing consume nothing.
     */
    public List<LineJudgement> judgeClaim(List<LineToJudge> lines,
                                          java.util.function.Function<LineToJudge, Optional<Coverage>> coverageOf,
                                          java.util.function.Function<LineToJudge, Optional<EffectivePlan>> planOf,
                                          CeilingLedger ledger) {
        var judged = new ArrayList<LineJudgement>();
        for (LineToJudge line : lines) {
            Optional<Coverage> who = coverageOf.apply(line);
            CeilingUsage used = who.map(c -> ledger.usageFor(c, line)).orElse(CeilingUsage.none());
            LineJudgement judgement = judge(line, who, planOf.apply(line), used);
            who.ifPresent(c -> ledger.add(CeilingLedger.keysFor(c, line), judgement.reimbursed()));
            judged.add(judgement);
        }
        return judged;
    }

    private static LineJudgement refused(LineToJudge line, EffectiveBenefit benefit, ReimbursementReason why) {
        return new LineJudgement(line.invoiced(), Money.ZERO, List.of(why), Optional.ofNullable(benefit));
    }

    private static ReimbursementReason reason(String code, List<String> args, String textIt, String textEn) {
        return new ReimbursementReason(code, args, textIt, textEn);
    }

    private static String it(LocalDate date) {
        return date.format(IT_DATE);
    }

    private static String roleIt(Coverage who) {
        return switch (who.role()) {
            case WORKER -> "il socio lavoratore";
            case SPOUSE -> "il coniuge";
            case CHILD -> "un figlio";
            case OTHER_DEPENDANT -> "un familiare a carico";
        };
    }

    private static String causeIt(WaitingCause cause) {
        return switch (cause) {
            case INJURY -> "infortunio";
            case ILLNESS -> "malattia";
            case PREGNANCY -> "gravidanza";
            case PRE_EXISTING -> "patologie preesistenti";
        };
    }
}
