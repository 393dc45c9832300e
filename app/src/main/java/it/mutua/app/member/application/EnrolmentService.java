package it.mutua.app.member.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.domain.CollectiveAdhesion;
import it.mutua.app.member.domain.Enrolment;
import it.mutua.app.member.domain.EnrolmentKind;
import it.mutua.app.member.domain.EnrolmentRepository;
import it.mutua.app.member.domain.FamilyEligibility;
import it.mutua.app.member.domain.HistoryEntry;
import it.mutua.app.member.domain.IndexedEnrolment;
import it.mutua.app.member.domain.Member;
import it.mutua.app.member.domain.MemberChanges;
import it.mutua.app.member.domain.MemberRepository;
import it.mutua.app.member.domain.PersonIndex;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.tenancy.CurrentTenant;

/**
 * Enrolment in the tenant in context: the cooperative's collective adhesion (every eligible worker from a date, new
 * hires from their hire date, families when the plan extends to them), a regional mutual's individual voluntary
 * enrolment, and the end of coverage. Each coverage period is mirrored in {@code control.person_enrolment} and
 * counted in the reporting figures in the same transaction.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    @Inject
    EnrolmentRepository enrolments;
    @Inject
    MemberRepository members;
    @Inject
    PersonIndex index;
    @Inject
    PlanRules plans;
    @Inject
    MemberFigures figures;
    @Inject
    TenantRepository tenants;

    /** What a collective adhesion did: the adhesion and how many people it enrolled or left out. */
    public record AdhesionResult(CollectiveAdhesion adhesion, int enrolled, int notEligible) {
    }

    /**
     * The cooperative adheres to {@code planCode} from {@code from}: every worker employed then (or hired later) is
     * enrolled from the later of {@code from} and the hire date, with the family members the plan covers. The plan is
     * the one the cooperative has adopted ({@code planCode} may be omitted; another plan is 422), and so is the
     * family-extension option. 409 while an open-ended adhesion exists; 422 without an adoption in force on
     * {@code from}.
     */
    public AdhesionResult adhere(String planCode, LocalDate from, String actor) {
        requireKind(TenantKind.COOPERATIVE, "enrolment.collective.cooperative_only");
        if (from == null) {
            throw RuleViolation.invalid("from", "enrolment.start.required");
        }
        PlanTerms terms = plans.termsOn(planCode, from);
        if (enrolments.currentAdhesion().isPresent()) {
            throw RuleViolation.conflict("enrolment.collective.exists");
        }
        var adhesion = new CollectiveAdhesion(terms.planCode(), from, actor);
        enrolments.add(adhesion);
        int enrolled = 0;
        int skipped = 0;
        for (Member worker : members.workersEmployedOnOrAfter(from)) {
            if (hasPeriodFrom(worker, adhesion.enrolmentStartFor(worker.hireDate()))) {
                continue;
            }
            int[] counts = enrolUnit(worker, EnrolmentKind.COLLECTIVE, terms,
                    adhesion.enrolmentStartFor(worker.hireDate()), actor);
            enrolled += counts[0];
            skipped += counts[1];
        }
        return new AdhesionResult(adhesion, enrolled, skipped);
    }

    public List<CollectiveAdhesion> adhesions() {
        return enrolments.adhesions();
    }

    /** A worker hired while the cooperative adheres to a plan is enrolled from the hire date. */
    public void enrolNewHire(Member worker, String actor) {
        Optional<CollectiveAdhesion> adhesion = enrolments.currentAdhesion();
        if (adhesion.isEmpty() || worker.hireDate() == null) {
            return;
        }
        LocalDate start = adhesion.get().enrolmentStartFor(worker.hireDate());
        if (worker.endDate() != null && worker.endDate().isBefore(start) || hasPeriodFrom(worker, start)) {
            return;
        }
        Optional<PlanTerms> adopted = plans.adoptedOn(start);
        if (adopted.isEmpty()) {
            // no adoption in force on the hire date (it ended, or starts later): registering the hire still succeeds
            return;
        }
        enrolUnit(worker, EnrolmentKind.COLLECTIVE, adopted.get(), start, actor);
        if (worker.endDate() != null) {
            endUnit(worker, worker.endDate(), actor);
        }
    }

    /** A regional mutual enrols a person directly (no cooperative): 403 elsewhere, 409 when already covered then. */
    public Enrolment enrolIndividually(Member person, String planCode, LocalDate from, String actor) {
        requireKind(TenantKind.REGIONAL, "enrolment.individual.regional_only");
        if (from == null) {
            throw RuleViolation.invalid("from", "enrolment.start.required");
        }
        if (!person.isHolder()) {
            throw RuleViolation.unprocessable("fiscalCode", "enrolment.individual.family_member", person.fiscalCode());
        }
        PlanTerms terms = plans.termsOn(planCode, from);
        if (hasPeriodFrom(person, from)) {
            throw RuleViolation.conflict("enrolment.overlap", person.fiscalCode(), from);
        }
        enrolUnit(person, EnrolmentKind.INDIVIDUAL, terms, from, actor);
        return enrolments.ofMember(person.id()).getLast();
    }

    /**
     * A family member joins a covered holder's unit: enrolled from the later of {@code from} and the holder's
     * start, if the plan covers their role at their age (422 otherwise: the whole request is refused). Nothing
     * happens while the holder is not covered.
     */
    public Optional<Enrolment> enrolFamilyMember(Member holder, Member relative, LocalDate from, String actor) {
        Optional<Enrolment> holderPeriod = openPeriod(holder, from);
        if (holderPeriod.isEmpty()) {
            return Optional.empty();
        }
        Enrolment h = holderPeriod.get();
        LocalDate start = from.isBefore(h.startDate()) ? h.startDate() : from;
        // collective: the cooperative's adoption in force then (its own family-extension option); individual: the plan
        PlanTerms terms = plans.termsOn(h.kind() == EnrolmentKind.COLLECTIVE ? null : h.planCode(), start);
        FamilyEligibility.require(terms.familyExtension(), terms.contributions(), relative.familyRole(),
                relative.birthDate(), start, terms.planCode());
        Enrolment e = enrol(relative, holder, h.kind(), terms.planCode(), start, actor);
        if (h.endDate() != null) {
            endOne(relative, holder, e, h.endDate(), Enrolment.EndReason.HOLDER_ENDED, actor);
        }
        return Optional.of(e);
    }

    /** Coverage of the holder and the family ends on {@code lastDay} (the leaving date), whatever was open then. */
    public void endUnit(Member holder, LocalDate lastDay, String actor) {
        endPeriods(holder, holder, lastDay, Enrolment.EndReason.LEFT_COOPERATIVE, actor);
        for (Member relative : members.familyOf(holder.id())) {
            endPeriods(relative, holder, lastDay, Enrolment.EndReason.HOLDER_ENDED, actor);
        }
    }

    /** One family member stops being covered on {@code lastDay} (e.g. a divorce); the unit stays covered. */
    public void endFamilyMember(Member holder, Member relative, LocalDate lastDay, String actor) {
        endPeriods(relative, holder, lastDay, Enrolment.EndReason.REMOVED_FROM_FAMILY, actor);
    }

    public List<Enrolment> periods(Member person) {
        return enrolments.ofMember(person.id());
    }

    /** The periods of a family unit (the holder and the family) in one query: member id to periods, oldest first. */
    public Map<Long, List<Enrolment>> periodsOfUnit(Member holder) {
        return enrolments.ofUnit(holder.id()).stream().collect(Collectors.groupingBy(Enrolment::memberId));
    }

    /** {@code [enrolled, not eligible]} for the holder and the family under {@code terms}. */
    private int[] enrolUnit(Member holder, EnrolmentKind kind, PlanTerms terms, LocalDate start, String actor) {
        enrol(holder, holder, kind, terms.planCode(), start, actor);
        int enrolled = 1;
        int skipped = 0;
        for (Member relative : members.familyOf(holder.id())) {
            if (hasPeriodFrom(relative, start)) {
                continue;
            }
            if (FamilyEligibility.eligible(terms.familyExtension(), terms.contributions(), relative.familyRole(),
                    relative.birthDate(), start)) {
                enrol(relative, holder, kind, terms.planCode(), start, actor);
                enrolled++;
            } else {
                skipped++;
            }
        }
        return new int[] {enrolled, skipped};
    }

    private Enrolment enrol(Member person, Member holder, EnrolmentKind kind, String planCode, LocalDate start,
                            String actor) {
        var e = new Enrolment(person, kind, planCode, start, actor);
        enrolments.add(e);
        index.put(indexed(person, holder, e));
        figures.add(MemberFigures.ENROLLED, 1);
        members.addHistory(new HistoryEntry(person, HistoryEntry.Action.ENROLLED,
                MemberChanges.note(kind + " " + planCode + " from " + start), actor));
        return e;
    }

    private void endPeriods(Member person, Member holder, LocalDate lastDay, Enrolment.EndReason reason, String actor) {
        for (Enrolment e : enrolments.ofMember(person.id())) {
            if (e.overlapsFrom(lastDay.plusDays(1))) {
                endOne(person, holder, e, lastDay, reason, actor);
            }
        }
    }

    private void endOne(Member person, Member holder, Enrolment e, LocalDate lastDay, Enrolment.EndReason reason,
                        String actor) {
        boolean wasOpen = e.endDate() == null;
        e.endOn(lastDay, reason);
        index.put(indexed(person, holder, e));
        if (wasOpen) {
            figures.add(MemberFigures.ENROLLED, -1);
        }
        members.addHistory(new HistoryEntry(person, HistoryEntry.Action.COVERAGE_ENDED,
                MemberChanges.note(reason + " on " + e.endDate()), actor));
    }

    private boolean hasPeriodFrom(Member person, LocalDate start) {
        return enrolments.ofMember(person.id()).stream().anyMatch(e -> e.overlapsFrom(start));
    }

    private Optional<Enrolment> openPeriod(Member holder, LocalDate date) {
        return enrolments.ofMember(holder.id()).stream().filter(e -> e.overlapsFrom(date)).reduce((a, b) -> b);
    }

    private IndexedEnrolment indexed(Member person, Member holder, Enrolment e) {
        return new IndexedEnrolment(CurrentTenant.get().id(), e.id(), person.fiscalCode(), person.familyRole(),
                holder.fiscalCode(), e.kind(), e.planCode(), e.startDate(), e.endDate());
    }

    private void requireKind(TenantKind kind, String code) {
        Tenant tenant = tenants.findById(CurrentTenant.get().id()).orElseThrow();
        if (tenant.kind() != kind) {
            throw ProblemException.forbidden(code, tenant.code());
        }
    }
}
