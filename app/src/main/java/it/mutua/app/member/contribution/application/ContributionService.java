package it.mutua.app.member.contribution.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.application.Figures;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.application.PlanRules;
import it.mutua.app.member.domain.ContributionHold;
import it.mutua.app.member.contribution.domain.ContributionCalculator;
import it.mutua.app.member.contribution.domain.ContributionLine;
import it.mutua.app.member.contribution.domain.ContributionPeriod;
import it.mutua.app.member.contribution.domain.Insured;
import it.mutua.app.member.contribution.domain.Standing;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.reporting.application.FigureProjection;
import it.mutua.app.tenancy.CurrentTenant;

/**
 * Contribution statements and payments of the cooperative in context. Each operation is one transaction with its
 * audit event and the {@value #DUE} reporting figure (what the cooperative owes and has not paid yet, in euros),
 * so national and regional offices read every cooperative's debt with one query.
 */
@ApplicationScoped
@Transactional
public class ContributionService implements ContributionHold {

    /** Reporting metric: contributions billed and not yet paid, in euros. */
    public static final String DUE = "contributions_due";

    @Inject
    ContributionStore store;
    @Inject
    PlanRules plans;
    @Inject
    AuditLog audit;
    @Inject
    FigureProjection figures;
    @Inject
    TenantRepository tenants;
    @Inject
    @ConfigProperty(name = "mutua.contributions.grace-days", defaultValue = "60")
    int graceDays;

    /** Arrears on a date: the overdue amount, the overdue statements, and the suspension periods so far. */
    public record Arrears(LocalDate on, BigDecimal arrears, boolean suspended, int graceDays,
                          List<StatementView> overdue, List<Standing.Suspension> suspensions) {
    }

    public StatementView generate(String rawPeriod, String actor) {
        ContributionPeriod period = ContributionPeriod.parse(rawPeriod);
        if (store.exists(period)) {
            throw ProblemException.conflict("member.contribution.statement_exists", period.code());
        }
        List<Insured> insured = store.insured(period);
        if (insured.isEmpty()) {
            throw RuleViolation.unprocessable("period", "member.contribution.nobody_covered", period.code());
        }
        List<ContributionLine> lines = new ArrayList<>();
        Money total = Money.ZERO;
        Map<String, List<Insured>> byPlan = insured.stream().collect(Collectors.groupingBy(Insured::planCode));
        for (var plan : byPlan.entrySet()) {
            var contributions = plans.termsOn(plan.getKey(), period.start()).contributions();
            var result = ContributionCalculator.compute(period, contributions, plan.getValue());
            lines.addAll(result.lines());
            total = total.plus(result.total());
        }
        Map<Long, String> planOf = new HashMap<>();
        insured.forEach(i -> planOf.put(i.memberId(), i.planCode()));
        store.insert(period, total, lines, planOf, actor);
        long tenantId = CurrentTenant.get().id();
        figures.add(Figures.scopeOf(tenants.findById(tenantId).orElseThrow()), DUE, total.amount());
        audit.record(actor, tenantId, "CONTRIBUTION_STATEMENT", tenantId,
                "period " + period.code() + ": " + lines.size() + " lines, total " + total);
        return statement(period.code());
    }

    public StatementView recordPayment(String rawPeriod, BigDecimal rawAmount, LocalDate paidOn, String reference,
                                       String method, String actor) {
        String period = ContributionPeriod.parse(rawPeriod).code();
        store.lock(period);
        StatementView statement = statement(period);
        if (rawAmount == null || rawAmount.signum() <= 0 || rawAmount.scale() > 2) {
            throw RuleViolation.invalid("amount", "member.contribution.amount_invalid", rawAmount);
        }
        Money amount = new Money(rawAmount);
        if (amount.isGreaterThan(new Money(statement.outstanding()))) {
            throw RuleViolation.unprocessable("amount", "member.contribution.overpayment", amount.amount(),
                    statement.outstanding());
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now())) {
            throw RuleViolation.invalid("paidOn", "member.contribution.paid_on_invalid", paidOn);
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (ref != null && (ref.length() > 140 || ref.codePoints().anyMatch(Character::isISOControl))) {
            throw RuleViolation.invalid("reference", "member.contribution.reference_invalid");
        }
        store.addPayment(period, amount, paidOn, method, ref, actor);
        long tenantId = CurrentTenant.get().id();
        figures.add(Figures.scopeOf(tenants.findById(tenantId).orElseThrow()), DUE, amount.amount().negate());
        audit.record(actor, tenantId, "CONTRIBUTION_PAYMENT", tenantId,
                "period " + period + ": " + amount + " paid on " + paidOn + " (" + method + ")");
        return statement(period);
    }

    public List<StatementView> statements() {
        return store.list();
    }

    public StatementView statement(String rawPeriod) {
        String period = ContributionPeriod.parse(rawPeriod).code();
        return store.find(period).orElseThrow(() -> ProblemException.notFound("member.contribution.not_found", period));
    }

    public Arrears arrears(LocalDate on) {
        List<Standing.Statement> all = store.standing();
        var overduePeriods = all.stream().filter(s -> on.isAfter(s.dueDate()) && !s.outstandingOn(on).isZero())
                .map(Standing.Statement::period).collect(Collectors.toSet());
        List<StatementView> overdue = store.list().stream().filter(v -> overduePeriods.contains(v.period())).toList();
        return new Arrears(on, Standing.arrearsOn(all, on).amount(), Standing.suspendedOn(all, graceDays, on),
                graceDays, overdue, Standing.suspensions(all, graceDays, on));
    }

    /** One line of a payments CSV, already split: {@code periodo;importo;data_pagamento;riferimento}. */
    public record PaymentLine(long line, String period, String amount, String paidOn, String reference) {
    }

    /**
     * Payments from a CSV file, all or nothing: the first bad line aborts the transaction, and the error names it
     * ({@code member.contribution.csv_line}, with the line's own problem as the violation).
     */
    public List<StatementView> recordPayments(List<PaymentLine> lines, String actor) {
        List<StatementView> touched = new ArrayList<>();
        for (PaymentLine l : lines) {
            try {
                BigDecimal amount = new BigDecimal(l.amount().strip().replace(',', '.'));
                LocalDate paidOn = it.mutua.app.member.importing.domain.ItalianDate.parse(l.paidOn())
                        .orElseThrow(() -> RuleViolation.invalid("paidOn", "member.contribution.paid_on_invalid", l.paidOn()));
                touched.add(recordPayment(l.period(), amount, paidOn, l.reference(), "CSV", actor));
            } catch (NumberFormatException e) {
                throw new ProblemException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "member.contribution.csv_line",
                        List.of(new ProblemException.ViolationCode("amount", "member.contribution.amount_invalid",
                                l.amount())), l.line());
            } catch (RuleViolation e) {
                throw new ProblemException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "member.contribution.csv_line",
                        List.of(new ProblemException.ViolationCode(e.field(), e.code(), e.args())), l.line());
            } catch (ProblemException e) {
                throw new ProblemException(e.status(), "member.contribution.csv_line",
                        List.of(new ProblemException.ViolationCode("period", e.code(), e.args())), l.line());
            }
        }
        return touched;
    }

    /** For the coverage check: is the cooperative's coverage suspended on {@code date} for unpaid contributions? */
    @Override
    public boolean suspendedOn(LocalDate date) {
        return Standing.suspendedOn(store.standing(), graceDays, date);
    }

    /** One read of the statements and payments, then any number of dates. */
    @Override
    public Predicate<LocalDate> suspensions() {
        List<Standing.Statement> all = store.standing();
        return date -> Standing.suspendedOn(all, graceDays, date);
    }
}
