package it.mutua.app.member.contribution.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A statement as read back: period, dates, total, paid so far, outstanding; lines only when asked for one. */
public record StatementView(String period, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
                            BigDecimal total, BigDecimal paid, BigDecimal outstanding, int lineCount, String status,
                            List<Line> lines, List<PaymentView> payments) {

    /** One insured person's contribution. */
    public record Line(String fiscalCode, String role, int age, String planCode, BigDecimal amount) {
    }

    /** One payment. */
    public record PaymentView(BigDecimal amount, LocalDate paidOn, String method, String reference, String recordedBy) {
    }
}
