package it.mutua.app.member.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.application.Page;
import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.Iban;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.kernel.Sex;
import it.mutua.app.member.domain.Address;
import it.mutua.app.member.domain.ConsentPurpose;
import it.mutua.app.member.domain.ConsentRecord;
import it.mutua.app.member.domain.ContractType;
import it.mutua.app.member.domain.Employment;
import it.mutua.app.member.domain.HistoryEntry;
import it.mutua.app.member.domain.IdentityCheck;
import it.mutua.app.member.domain.Member;
import it.mutua.app.member.domain.MemberChanges;
import it.mutua.app.member.domain.MemberRepository;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.tenancy.CurrentTenant;

/**
 * The member registry of the tenant in context (the caller's, or the child opened by {@link ParentReads}): register,
 * update, hire, end, read and search. Every change writes the member's history in the same transaction; hiring under
 * a collective adhesion enrols the worker (and the eligible family) from the hire date, and leaving ends the
 * family unit's coverage on the leaving date.
 */
@ApplicationScoped
@Transactional
public class MemberService {

    /** Reporting metric: worker-members (and individually enrolled holders) registered in the tenant. */
    public static final String MEMBERS = MemberFigures.MEMBERS;

    @Inject
    MemberRepository members;
    @Inject
    EnrolmentService enrolments;
    @Inject
    MemberFigures figures;
    @Inject
    AuditLog audit;

    /** A new worker-member (or individually enrolled person): the codice fiscale and the record. */
    public record NewMember(String fiscalCode, MemberData data) {
        /** The first slice's shape: names, e-mail and an optional birth date to cross-check. */
        public NewMember(String fiscalCode, String givenName, String familyName, String email, LocalDate birthDate) {
            this(fiscalCode, new MemberData(givenName, familyName, birthDate, null, email, null, null, null, null,
                    null, null));
        }
    }

    public Member register(NewMember request) {
        return register(request, "system");
    }

    /** 400 for an invalid codice fiscale or field, 422 when birth date or sex disagree with it, 409 when present. */
    public Member register(NewMember request, String actor) {
        FiscalCode code = FiscalCode.parse(request.fiscalCode());
        MemberData d = required(request.data());
        LocalDate birth = IdentityCheck.birthDate(code, d.birthDate(), sex(d.sex()), LocalDate.now());
        if (members.findByFiscalCode(code.value()).isPresent()) {
            throw ProblemException.conflict("member.exists", code.value());
        }
        Member m = new Member(code, birth, d.givenName(), d.familyName());
        applyDetails(m, d);
        if (d.hireDate() != null) {
            m.employ(new Employment(d.hireDate(), d.endDate(), ContractType.parse(d.contractType())));
        }
        members.add(m);
        record(m, HistoryEntry.Action.REGISTERED, MemberChanges.between(Map.of(), m.snapshot()), actor);
        figures.add(MemberFigures.MEMBERS, 1);
        if (m.hireDate() != null) {
            enrolments.enrolNewHire(m, actor);
        }
        return m;
    }

    /**
     * Replaces the record with {@code data} (absent optional fields are cleared), keeping the difference in the
     * history. A new end date ends the family unit's coverage; a first hire date enrols under the adhesion.
     */
    public Member update(String fiscalCode, MemberData data, String actor) {
        Member m = get(fiscalCode);
        MemberData d = required(data);
        var before = m.snapshot();
        LocalDate endBefore = m.endDate();
        LocalDate hireBefore = m.hireDate();
        FiscalCode code = FiscalCode.parse(m.fiscalCode());
        m.correctBirthDate(IdentityCheck.birthDate(code, d.birthDate() == null ? m.birthDate() : d.birthDate(),
                sex(d.sex()), LocalDate.now()));
        m.rename(d.givenName(), d.familyName());
        applyDetails(m, d);
        if (d.hireDate() != null) {
            m.employ(new Employment(d.hireDate(), d.endDate(), ContractType.parse(d.contractType())));
        } else if (m.hireDate() != null && m.isHolder()) {
            throw RuleViolation.invalid("hireDate", "member.hire_date.required");
        }
        MemberChanges changes = MemberChanges.between(before, m.snapshot());
        if (!changes.isEmpty()) {
            record(m, HistoryEntry.Action.UPDATED, changes, actor);
        }
        if (changes.fields().containsKey("iban")) {
            // where reimbursements are paid: a money change, in the audit trail as well as in the history
            audit.record(actor, CurrentTenant.ofCaller().map(t -> t.id()).orElse(null), "MEMBER_IBAN_CHANGED",
                    CurrentTenant.get().id(), "member " + m.fiscalCode());
        }
        if (m.endDate() != null && (endBefore == null || m.endDate().isBefore(endBefore))) {
            enrolments.endUnit(m, m.endDate(), actor);
        }
        if (hireBefore == null && m.hireDate() != null) {
            enrolments.enrolNewHire(m, actor);
        }
        return m;
    }

    /** A worker hired (or re-hired) on {@code hireDate}: enrolled under the collective adhesion in force. */
    public Member hire(String fiscalCode, LocalDate hireDate, String contractType, String actor) {
        Member m = get(fiscalCode);
        var before = m.snapshot();
        m.employ(new Employment(hireDate, null, ContractType.parse(contractType)));
        record(m, HistoryEntry.Action.UPDATED, MemberChanges.between(before, m.snapshot()), actor);
        enrolments.enrolNewHire(m, actor);
        return m;
    }

    /** The worker leaves on {@code leaving} (422 before the hire date): coverage of the family unit ends then. */
    public Member end(String fiscalCode, LocalDate leaving, String actor) {
        Member m = get(fiscalCode);
        var before = m.snapshot();
        m.end(leaving);
        record(m, HistoryEntry.Action.ENDED, MemberChanges.between(before, m.snapshot()), actor);
        enrolments.endUnit(m, leaving, actor);
        return m;
    }

    /** Records a consent given or withdrawn (never overwrites the earlier ones). */
    public ConsentRecord consent(String fiscalCode, String purpose, Boolean granted, String actor) {
        Member m = get(fiscalCode);
        if (granted == null) {
            throw RuleViolation.invalid("granted", "member.consent.granted");
        }
        var record = new ConsentRecord(m.id(), ConsentPurpose.parse(purpose), granted, actor);
        members.addConsent(record);
        record(m, HistoryEntry.Action.CONSENT, MemberChanges.note(record.purpose() + "=" + granted), actor);
        return record;
    }

    public List<ConsentRecord> consents(Member m) {
        return members.consents(m.id());
    }

    public Member get(String fiscalCode) {
        return find(fiscalCode).orElseThrow(() -> ProblemException.notFound("member.not_found", fiscalCode));
    }

    public java.util.Optional<Member> find(String fiscalCode) {
        return members.findByFiscalCode(normalise(fiscalCode));
    }

    public List<Member> familyOf(Member holder) {
        return members.familyOf(holder.id());
    }

    /** The holder of {@code m}'s family unit ({@code m} itself for a worker). */
    public Member holderOf(Member m) {
        return m.isHolder() ? m : members.findById(m.holderId()).orElseThrow();
    }

    public List<HistoryEntry> history(String fiscalCode, int page, int size) {
        return members.history(get(fiscalCode).id(), page * size, size);
    }

    public Page<Member> search(String text, String sort, boolean descending, int page, int size) {
        return new Page<>(members.search(text, sort, descending, page * size, size), page, size, members.count(text));
    }

    static String normalise(String fiscalCode) {
        return fiscalCode == null ? "" : fiscalCode.strip().toUpperCase(Locale.ROOT);
    }

    void record(Member m, HistoryEntry.Action action, MemberChanges changes, String actor) {
        members.addHistory(new HistoryEntry(m, action, changes, actor));
    }

    private static MemberData required(MemberData data) {
        if (data == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        return data;
    }

    static Sex sex(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Sex.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("sex", "member.sex.format", raw);
        }
    }

    private static void applyDetails(Member m, MemberData d) {
        m.contacts(d.email(), d.phone());
        var a = d.address();
        m.moveTo(a == null ? null : new Address(a.street(), a.postcode(), Municipalities.require(a.municipality())));
        m.payTo(d.iban() == null || d.iban().isBlank() ? null : Iban.parse(d.iban()));
    }
}
