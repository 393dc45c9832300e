package it.mutua.app.member.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.member.domain.ContributionHold;
import it.mutua.app.member.domain.Enrolment;
import it.mutua.app.member.domain.EnrolmentRepository;
import it.mutua.app.member.domain.IndexedEnrolment;
import it.mutua.app.member.domain.Member;
import it.mutua.app.member.domain.MemberRepository;
import it.mutua.app.member.domain.PersonIndex;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantScopes;

/**
 * {@link CoverageQuery}'s answer for many (person, date) questions at once, for a batch of claims: one index read in
 * {@code control} for all the people, then, per enrolling tenant, one transaction in its schema that reads the people,
 * their holders, the holders' families and everyone's periods in four queries, whatever the number of people. The
 * answers are the same as asking {@link CoverageQuery#coverageOn} one by one (same earliest-enrolment rule, same
 * family unit, same suspension check).
 */
@ApplicationScoped
public class CoverageBatchQuery {

    /** One question: is {@code fiscalCode} covered on {@code date}. */
    public record Question(String fiscalCode, LocalDate date) {
    }

    @Inject
    PersonIndex index;
    @Inject
    MemberRepository members;
    @Inject
    EnrolmentRepository enrolments;
    @Inject
    TenantScopes scopes;
    @Inject
    ContributionHold holds;

    @Transactional
    public Map<Question, Optional<Coverage>> coverageOn(Collection<Question> questions) {
        var answers = new LinkedHashMap<Question, Optional<Coverage>>();
        var normalised = new LinkedHashMap<Question, Question>();
        for (Question q : questions) {
            if (q.fiscalCode() != null && q.date() != null) {
                normalised.put(q, new Question(MemberService.normalise(q.fiscalCode()), q.date()));
            }
            answers.put(q, Optional.empty());
        }
        Map<String, List<IndexedEnrolment>> byPerson = index.ofAll(normalised.values().stream()
                .map(Question::fiscalCode).collect(Collectors.toCollection(LinkedHashSet::new))).stream()
                .collect(Collectors.groupingBy(IndexedEnrolment::fiscalCode));
        // the enrolment that answers each question (the earliest covering that day), grouped by its tenant
        var byTenant = new TreeMap<Long, Map<Question, Found>>();
        normalised.forEach((asked, q) -> {
            List<IndexedEnrolment> rows = byPerson.getOrDefault(q.fiscalCode(), List.of()).stream()
                    .filter(r -> r.covers(q.date())).toList();
            if (!rows.isEmpty()) {
                IndexedEnrolment row = rows.getFirst();
                List<Long> others = rows.stream().map(IndexedEnrolment::tenantId).filter(t -> t != row.tenantId())
                        .distinct().toList();
                byTenant.computeIfAbsent(row.tenantId(), t -> new LinkedHashMap<>()).put(asked,
                        new Found(row, q.date(), others));
            }
        });
        byTenant.forEach((tenantId, found) -> {
            var tenant = TenantDirectory.find(tenantId).orElseThrow();
            answers.putAll(scopes.callAs(tenant, () -> read(tenant.code(), found)));
        });
        return answers;
    }

    private record Found(IndexedEnrolment row, LocalDate date, List<Long> others) {
    }

    /** In the enrolling tenant's schema: everyone needed, four reads. */
    private Map<Question, Optional<Coverage>> read(String tenantCode, Map<Question, Found> found) {
        Set<String> codes = new LinkedHashSet<>();
        found.values().forEach(f -> {
            codes.add(f.row().fiscalCode());
            codes.add(f.row().holderFiscalCode());
        });
        Map<String, Member> byCode = members.findByFiscalCodes(codes).stream()
                .collect(Collectors.toMap(Member::fiscalCode, m -> m, (a, b) -> a));
        List<Long> holderIds = found.values().stream().map(f -> byCode.get(f.row().holderFiscalCode()))
                .filter(h -> h != null).map(Member::id).distinct().toList();
        Map<Long, List<Member>> families = new HashMap<>();
        members.familyOfAll(holderIds).forEach(m -> families.computeIfAbsent(m.holderId(), h -> new ArrayList<>())
                .add(m));
        var everyone = new LinkedHashSet<Long>(holderIds);
        families.values().forEach(f -> f.forEach(m -> everyone.add(m.id())));
        Map<Long, List<Enrolment>> periods = enrolments.ofMembers(everyone).stream()
                .collect(Collectors.groupingBy(Enrolment::memberId));
        Map<LocalDate, Boolean> suspended = new HashMap<>();
        // the cooperative's contribution standing, read once for every date of the batch (was one read per date)
        Predicate<LocalDate> suspendedOn = holds.suspensions();
        var answers = new LinkedHashMap<Question, Optional<Coverage>>();
        found.forEach((asked, f) -> {
            Member person = byCode.get(f.row().fiscalCode());
            Member holder = byCode.get(f.row().holderFiscalCode());
            if (person == null || holder == null) {
                answers.put(asked, Optional.empty());
                return;
            }
            List<String> unit = new ArrayList<>();
            if (coveredOn(periods, holder, f.date())) {
                unit.add(holder.fiscalCode());
            }
            for (Member relative : families.getOrDefault(holder.id(), List.of())) {
                if (coveredOn(periods, relative, f.date())) {
                    unit.add(relative.fiscalCode());
                }
            }
            IndexedEnrolment row = f.row();
            answers.put(asked, Optional.of(new Coverage(person.fiscalCode(), person.birthDate(), person.familyRole(),
                    holder.fiscalCode(), row.tenantId(), tenantCode, row.kind(), row.startDate(), row.endDate(),
                    row.planCode(), holder.iban(), unit, f.others(),
                    suspended.computeIfAbsent(f.date(), suspendedOn::test),
                    holder.familyName() + " " + holder.givenName())));
        });
        return answers;
    }

    private static boolean coveredOn(Map<Long, List<Enrolment>> periods, Member m, LocalDate date) {
        return periods.getOrDefault(m.id(), List.of()).stream().anyMatch(e -> e.covers(date));
    }
}
