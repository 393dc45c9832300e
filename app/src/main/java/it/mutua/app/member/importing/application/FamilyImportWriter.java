package it.mutua.app.member.importing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.application.MemberFigures;
import it.mutua.app.member.application.PlanRules;
import it.mutua.app.member.application.PlanTerms;
import it.mutua.app.member.domain.FamilyEligibility;
import it.mutua.app.member.domain.IdentityCheck;
import it.mutua.app.member.importing.domain.FamilyColumn;
import it.mutua.app.member.importing.domain.FamilyRow;
import it.mutua.app.member.importing.domain.LineProblem;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.tenancy.CurrentTenant;

/**
 * Checks a family file against the registry and the plan, then writes it in <b>one</b> transaction, applying the rules
 * of a family member added by hand ({@code FamilyService.add}, {@code EnrolmentService.enrolFamilyMember}): the
 * holder is a worker-member of this cooperative (another cooperative's worker is unknown here, exactly like a code
 * nobody has); the relative's codice fiscale is free, or already this holder's relative (unchanged: a re-sent file
 * stores nothing); one covered spouse; while the holder is covered the relative is enrolled with the holder's period
 * from the later of {@code data_inizio} and its start, and the plan in force then must offer the family extension and
 * cover the role at that age. Every problem of every line is reported before anything is written; the writes are a
 * few set-based statements ({@link FamilyRegistry}), plus the figures and one audit event.
 */
@ApplicationScoped
public class FamilyImportWriter {

    @Inject
    FamilyRegistry registry;
    @Inject
    PlanRules plans;
    @Inject
    MemberFigures figures;
    @Inject
    AuditLog audit;
    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    /** Thrown to roll the transaction back; carries the problems of the lines. */
    public static final class Rejected extends RuntimeException {
        private final transient List<LineProblem> problems;

        Rejected(List<LineProblem> problems) {
            super("family import rejected", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<LineProblem> problems() {
            return problems;
        }
    }

    /** Registers the new relatives; returns {@code [added, unchanged]}, or throws {@link Rejected}. */
    @Transactional
    public int[] write(List<FamilyRow> rows, String actor) {
        long tenant = CurrentTenant.get().id();
        // one import per cooperative at a time (the payroll import takes the same lock): a worker cannot leave
        // under a family import that is adding their children
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7301, ?1)").setParameter(1, (int) tenant).getSingleResult();
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> {
            codes.add(r.holder().value());
            codes.add(r.key());
        });
        Map<String, FamilyRegistry.Registered> known = registry.find(codes);
        List<LineProblem> problems = new ArrayList<>();
        List<FamilyRow> fresh = new ArrayList<>();
        int unchanged = 0;
        for (FamilyRow row : rows) {
            FamilyRegistry.Registered holder = known.get(row.holder().value());
            FamilyRegistry.Registered existing = known.get(row.key());
            if (holder == null || !holder.worker()) {
                problems.add(LineProblem.of(row.line(), FamilyColumn.CODICE_FISCALE_TITOLARE.header(),
                        "member.family_import.holder_unknown", row.holder().value()));
            } else if (existing == null) {
                fresh.add(row);
            } else if (Long.valueOf(holder.id()).equals(existing.holderId())) {
                unchanged++;
            } else {
                problems.add(LineProblem.of(row.line(), FamilyColumn.CODICE_FISCALE.header(),
                        "member.family_import.code_taken", row.key()));
            }
        }
        rejectIf(problems);
        List<FamilyRegistry.NewRelative> relatives = relatives(fresh, known, problems);
        rejectIf(problems);
        int open = registry.add(relatives, actor);
        figures.add(MemberFigures.FAMILY_MEMBERS, relatives.size());
        figures.add(MemberFigures.ENROLLED, open);
        if (!relatives.isEmpty()) {
            audit.record(actor, tenant, "MEMBER_FAMILY_IMPORT", tenant,
                    relatives.size() + " family members added (" + open + " covered now), " + unchanged + " unchanged");
        }
        return new int[] {relatives.size(), unchanged};
    }

    /** The new relatives with their coverage, checked against the plan in force; problems go to {@code problems}. */
    private List<FamilyRegistry.NewRelative> relatives(List<FamilyRow> fresh, Map<String, FamilyRegistry.Registered> known,
                                                       List<LineProblem> problems) {
        LocalDate today = LocalDate.now();
        List<Long> holderIds = fresh.stream().map(r -> known.get(r.holder().value()).id()).distinct().toList();
        Map<Long, List<FamilyRegistry.Period>> periods = registry.periods(holderIds);
        Set<Long> withSpouse = registry.withCoveredSpouse(holderIds);
        List<FamilyRegistry.NewRelative> relatives = new ArrayList<>(fresh.size());
        for (FamilyRow row : fresh) {
            long holderId = known.get(row.holder().value()).id();
            LocalDate birth = IdentityCheck.birthDate(row.fiscalCode(), null, null, today);
            String sex = row.fiscalCode().sex().name();
            if (row.role() == FamilyRole.SPOUSE && withSpouse.contains(holderId)) {
                problems.add(LineProblem.of(row.line(), FamilyColumn.RUOLO.header(), "member.family.spouse_exists",
                        row.holder().value()));
                continue;
            }
            LocalDate from = row.from() == null ? today : row.from();
            FamilyRegistry.Period period = periods.getOrDefault(holderId, List.of()).stream()
                    .filter(p -> p.overlapsFrom(from)).reduce((a, b) -> b).orElse(null);
            if (period == null) {
                // the holder is not covered then: registered, enrolled when the holder is (as by hand)
                relatives.add(new FamilyRegistry.NewRelative(row, holderId, birth, sex, null, null, null));
                continue;
            }
            LocalDate start = from.isBefore(period.start()) ? period.start() : from;
            try {
                PlanTerms terms = plans.termsOn("COLLECTIVE".equals(period.kind()) ? null : period.planCode(), start);
                if (!terms.familyExtension()) {
                    problems.add(LineProblem.of(row.line(), FamilyColumn.RUOLO.header(), "member.family.no_extension",
                            terms.planCode()));
                } else if (!FamilyEligibility.eligible(true, terms.contributions(), row.role(), birth, start)) {
                    problems.add(LineProblem.of(row.line(), FamilyColumn.CODICE_FISCALE.header(),
                            "member.family.not_eligible", row.role().name(), FamilyEligibility.ageOn(birth, start)));
                } else {
                    relatives.add(new FamilyRegistry.NewRelative(row, holderId, birth, sex, period, start,
                            terms.planCode()));
                }
            } catch (RuleViolation e) {
                problems.add(LineProblem.of(row.line(), null, e.code(), e.args()));
            }
        }
        return relatives;
    }

    private static void rejectIf(List<LineProblem> problems) {
        if (!problems.isEmpty()) {
            throw new Rejected(problems.subList(0, Math.min(problems.size(), 1000)));
        }
    }
}
