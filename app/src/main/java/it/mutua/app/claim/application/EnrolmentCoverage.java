package it.mutua.app.claim.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.claim.domain.Coverage;
import it.mutua.app.claim.domain.CoverageSource;
import it.mutua.app.member.application.CoverageBatchQuery;
import it.mutua.app.member.application.CoverageQuery;

/**
 * Coverage as the members feature knows it ({@link CoverageQuery}): the national person index finds the enrolling
 * tenant (a cooperative's collective adhesion or a regional mutual's individual enrolment), whose schema gives the
 * person, the family unit covered that day, the period and the holder's IBAN.
 * <p>
 * The hint (a member's own tenant, or the cooperative an officer names) narrows the answer: a person covered by
 * another tenant than the one claimed is "not covered" for this claim, unless the hinted tenant is one of the others
 * covering them that day (a duplicate enrolment the national office resolves). {@code 0} means "no hint".
 */
@ApplicationScoped
public class EnrolmentCoverage implements CoverageSource {

    @Inject
    CoverageQuery query;
    @Inject
    CoverageBatchQuery batchQuery;

    @Override
    public Optional<Coverage> coverageOn(String fiscalCode, long enrollingTenantHint, LocalDate date) {
        return query.coverageOn(fiscalCode, date)
                .filter(c -> enrollingTenantHint == 0 || c.tenantId() == enrollingTenantHint
                        || c.alsoEnrolledIn().contains(enrollingTenantHint))
                .map(EnrolmentCoverage::toClaims);
    }

    /** A batch's questions in one grouped read (one per enrolling cooperative), the hint applied as above. */
    @Override
    public Map<Ask, Optional<Coverage>> coverageOnAll(Collection<Ask> asks) {
        var questions = new LinkedHashMap<Ask, CoverageBatchQuery.Question>();
        asks.forEach(a -> questions.put(a, new CoverageBatchQuery.Question(a.fiscalCode(), a.date())));
        var found = batchQuery.coverageOn(new LinkedHashSet<>(questions.values()));
        var answers = new LinkedHashMap<Ask, Optional<Coverage>>();
        questions.forEach((ask, q) -> answers.put(ask, found.getOrDefault(q, Optional.empty())
                .filter(c -> ask.enrollingTenantHint() == 0 || c.tenantId() == ask.enrollingTenantHint()
                        || c.alsoEnrolledIn().contains(ask.enrollingTenantHint()))
                .map(EnrolmentCoverage::toClaims)));
        return answers;
    }

    static Coverage toClaims(it.mutua.app.member.application.Coverage c) {
        var unit = new LinkedHashSet<String>(c.familyFiscalCodes());
        unit.add(c.holderFiscalCode());
        unit.add(c.fiscalCode());
        return new Coverage(c.fiscalCode(), c.birthDate(), c.role(), c.holderFiscalCode(), c.tenantId(),
                c.enrolmentStart(), c.planCode(), Optional.ofNullable(c.holderIban()).filter(i -> !i.isBlank()), unit,
                c.suspendedForArrears(), Optional.ofNullable(c.holderName()).filter(n -> !n.isBlank()));
    }
}
