package it.mutua.app.member.importing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the valid rows of a payroll file with the registry, by codice fiscale, and decides what each means.
 *
 * <p>Idempotence: a row equal to what the registry holds is {@link Change.Kind#UNCHANGED} and nothing is written, so
 * importing the same file twice changes nothing the second time. Blank optional cells (email, IBAN, contract type)
 * mean "not known to payroll", never "erase": they leave the registry's value alone.
 *
 * <p>Leavers: a worker whose line carries a {@code data_cessazione} is a leaver from that date. A worker who is simply
 * missing from the monthly list is <em>not</em> a leaver unless the upload asks for it with a leaving date
 * ({@code absentLeaveOn}): a missing line is more often an export filter or a partial file than a resignation. That
 * sweep runs only when every line of the file is valid, because a worker on an invalid line would look absent.
 */
public final class Reconciliation {

    private final List<Change> changes;
    private final Map<Change.Kind, Integer> counts;

    private Reconciliation(List<Change> changes) {
        this.changes = List.copyOf(changes);
        this.counts = new EnumMap<>(Change.Kind.class);
        for (Change.Kind k : Change.Kind.values()) {
            counts.put(k, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
    }

    public static Reconciliation of(List<PayrollRow> rows, Map<String, CurrentWorker> registry, LocalDate absentLeaveOn) {
        List<Change> changes = new ArrayList<>(rows.size());
        Set<String> inFile = new HashSet<>(rows.size() * 2);
        for (PayrollRow row : rows) {
            inFile.add(row.key());
            changes.add(decide(row, registry.get(row.key())));
        }
        if (absentLeaveOn != null) {
            for (CurrentWorker w : registry.values()) {
                if (w.worker() && !inFile.contains(w.fiscalCode()) && w.endDate() == null && w.hireDate() != null
                        && !w.hireDate().isAfter(absentLeaveOn)) {
                    changes.add(new Change(Change.Kind.LEAVER, w, leaving(w, absentLeaveOn)));
                }
            }
        }
        return new Reconciliation(changes);
    }

    static Change decide(PayrollRow row, CurrentWorker current) {
        if (current == null) {
            return new Change(Change.Kind.HIRE, null, row);
        }
        if (!current.worker()) {
            return new Change(Change.Kind.CONFLICT, current, row);
        }
        PayrollRow merged = keepKnown(row, current);
        boolean endChanged = !Objects.equals(merged.endDate(), current.endDate()) && merged.endDate() != null;
        if (endChanged) {
            return new Change(Change.Kind.LEAVER, current, merged);
        }
        boolean same = Objects.equals(merged.familyName(), current.familyName())
                && Objects.equals(merged.givenName(), current.givenName())
                && Objects.equals(merged.hireDate(), current.hireDate())
                && Objects.equals(merged.endDate(), current.endDate())
                && merged.contractType() == current.contractType()
                && Objects.equals(merged.email(), current.email())
                && Objects.equals(merged.iban(), current.iban());
        return new Change(same ? Change.Kind.UNCHANGED : Change.Kind.UPDATE, current, merged);
    }

    /** Blank optional cells keep the registry's value. An end date is never erased by a blank cell either. */
    private static PayrollRow keepKnown(PayrollRow row, CurrentWorker current) {
        return new PayrollRow(row.line(), row.fiscalCode(), row.familyName(), row.givenName(), row.hireDate(),
                row.endDate() != null ? row.endDate() : current.endDate(),
                row.contractType() != null ? row.contractType() : current.contractType(),
                row.email() != null ? row.email() : current.email(),
                row.iban() != null ? row.iban() : current.iban());
    }

    private static PayrollRow leaving(CurrentWorker w, LocalDate on) {
        return new PayrollRow(0, it.mutua.app.kernel.FiscalCode.parse(w.fiscalCode()), w.familyName(), w.givenName(),
                w.hireDate(), on, w.contractType(), w.email(), w.iban());
    }

    /** The lines refused against the registry (a family member's codice fiscale on a worker's line). */
    public List<LineProblem> conflicts() {
        return changes.stream().filter(c -> c.kind() == Change.Kind.CONFLICT)
                .map(c -> LineProblem.of(c.wanted().line(), PayrollColumn.CODICE_FISCALE.header(),
                        "member.import.family_member_line"))
                .toList();
    }

    public List<Change> changes() {
        return changes;
    }

    /** The changes that write something (hires, updates, leavers). */
    public List<Change> writes() {
        return changes.stream().filter(c -> c.kind() != Change.Kind.UNCHANGED && c.kind() != Change.Kind.CONFLICT)
                .toList();
    }

    public int count(Change.Kind kind) {
        return counts.get(kind);
    }
}
