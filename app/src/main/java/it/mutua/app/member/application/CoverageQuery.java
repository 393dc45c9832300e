package it.mutua.app.member.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.member.domain.ContributionHold;
import it.mutua.app.member.domain.EnrolmentRepository;
import it.mutua.app.member.domain.IndexedEnrolment;
import it.mutua.app.member.domain.Member;
import it.mutua.app.member.domain.MemberRepository;
import it.mutua.app.member.domain.PersonIndex;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantScopes;

/**
 * "Is this person covered on this date, and how?" for system callers (claims adjudication in the national schema):
 * no visibility check here, the caller decides who may ask. One index lookup in {@code control} finds the enrolling
 * tenant without scanning schemas; then that tenant's schema is read in its own transaction. When two tenants cover
 * the person that day, the earliest enrolment wins and the other tenants are reported in
 * {@link Coverage#alsoEnrolledIn()}.
 */
@ApplicationScoped
public class CoverageQuery {

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
    public Optional<Coverage> coverageOn(String fiscalCode, LocalDate date) {
        if (fiscalCode == null || date == null) {
            return Optional.empty();
        }
        List<IndexedEnrolment> rows = index.covering(MemberService.normalise(fiscalCode), date);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        IndexedEnrolment row = rows.getFirst();
        List<Long> others = rows.stream().map(IndexedEnrolment::tenantId).filter(t -> t != row.tenantId()).distinct()
                .toList();
        var tenant = TenantDirectory.find(row.tenantId()).orElseThrow();
        return scopes.callAs(tenant, () -> read(row, tenant.code(), date, others));
    }

    private Optional<Coverage> read(IndexedEnrolment row, String tenantCode, LocalDate date, List<Long> others) {
        Optional<Member> person = members.findByFiscalCode(row.fiscalCode());
        Optional<Member> holder = members.findByFiscalCode(row.holderFiscalCode());
        if (person.isEmpty() || holder.isEmpty()) {
            return Optional.empty();
        }
        List<String> unit = new ArrayList<>();
        if (coveredOn(holder.get(), date)) {
            unit.add(holder.get().fiscalCode());
        }
        for (Member relative : members.familyOf(holder.get().id())) {
            if (coveredOn(relative, date)) {
                unit.add(relative.fiscalCode());
            }
        }
        Member p = person.get();
        return Optional.of(new Coverage(p.fiscalCode(), p.birthDate(), p.familyRole(), holder.get().fiscalCode(),
                row.tenantId(), tenantCode, row.kind(), row.startDate(), row.endDate(), row.planCode(),
                holder.get().iban(), unit, others, holds.suspendedOn(date),
                holder.get().familyName() + " " + holder.get().givenName()));
    }

    private boolean coveredOn(Member m, LocalDate date) {
        return enrolments.ofMember(m.id()).stream().anyMatch(e -> e.covers(date));
    }
}
