package it.mutua.app.member.contribution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.mutua.app.plan.domain.Money;

/**
 * The arrears and suspension rule, as a pure function of the statements and their dated payments, so the state on
 * any past date can be recomputed (that is the history) and nothing needs a nightly job to become true.
 *
 * <p>A statement is <em>in arrears</em> on date D when D is after its due date and the payments dated on or before D
 * do not cover its total. Coverage of the whole cooperative is <em>suspended</em> on D when some statement is still
 * unpaid on D and D is more than {@code graceDays} after that statement's due date. The suspension is lifted (coverage
 * restored) on the day the payment that completes the statement is dated.
 */
public final class Standing {

    /** A statement as the rule needs it: period, due date, total, and its payments (date, amount). */
    public record Statement(String period, LocalDate dueDate, Money total, List<Payment> payments) {

        public Money paidOn(LocalDate date) {
            return payments.stream().filter(p -> !p.paidOn().isAfter(date)).map(Payment::amount)
                    .reduce(Money.ZERO, Money::plus);
        }

        public Money outstandingOn(LocalDate date) {
            return total.minus(paidOn(date)).atLeastZero();
        }

        /** The date the statement became fully paid, if it did. */
        public Optional<LocalDate> settledOn() {
            Money sum = Money.ZERO;
            for (Payment p : payments.stream().sorted(java.util.Comparator.comparing(Payment::paidOn)).toList()) {
                sum = sum.plus(p.amount());
                if (!sum.isLessThan(total)) {
                    return Optional.of(p.paidOn());
                }
            }
            return total.isZero() ? Optional.of(dueDate) : Optional.empty();
        }
    }

    public record Payment(LocalDate paidOn, Money amount) {
    }

    /** One suspension period caused by one statement: from (inclusive), restored on (null while still unpaid). */
    public record Suspension(String period, LocalDate from, LocalDate restoredOn) {
    }

    private Standing() {
    }

    public static Money arrearsOn(List<Statement> statements, LocalDate date) {
        return statements.stream().filter(s -> date.isAfter(s.dueDate())).map(s -> s.outstandingOn(date))
                .reduce(Money.ZERO, Money::plus);
    }

    /** Every suspension period up to {@code today}, oldest first; an unpaid statement gives an open one. */
    public static List<Suspension> suspensions(List<Statement> statements, int graceDays, LocalDate today) {
        List<Suspension> out = new ArrayList<>();
        for (Statement s : statements) {
            LocalDate from = s.dueDate().plusDays(graceDays + 1L);
            Optional<LocalDate> settled = s.settledOn();
            if (from.isAfter(today) || (settled.isPresent() && !settled.get().isAfter(from.minusDays(1)))) {
                continue; // not yet past the grace period, or paid in time
            }
            out.add(new Suspension(s.period(), from, settled.orElse(null)));
        }
        out.sort(java.util.Comparator.comparing(Suspension::from));
        return out;
    }

    /** Suspended on {@code date}: inside a suspension period (restored on the settling day itself). */
    public static boolean suspendedOn(List<Statement> statements, int graceDays, LocalDate date) {
        return suspensions(statements, graceDays, date).stream()
                .anyMatch(s -> !date.isBefore(s.from()) && (s.restoredOn() == null || date.isBefore(s.restoredOn())));
    }
}
