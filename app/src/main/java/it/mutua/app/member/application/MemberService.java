package it.mutua.app.member.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import it.mutua.app.catalog.application.Figures;
import it.mutua.app.catalog.application.Page;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.reporting.application.FigureProjection;
import it.mutua.app.tenancy.CurrentTenant;
import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.member.domain.Member;
import it.mutua.app.problem.ProblemException;

/** Members of the tenant in context (the caller's, or the child opened by {@link ParentReads}). */
@ApplicationScoped
@Transactional
public class MemberService {

    private static final Map<String, String> SORTS = Map.of("familyName", "m.familyName", "givenName", "m.givenName",
            "fiscalCode", "m.fiscalCode", "createdAt", "m.createdAt");

    /** Reporting metric: members registered in the tenant. */
    public static final String MEMBERS = "members";

    @PersistenceContext(unitName = "mutua")
    EntityManager em;
    @Inject
    TenantRepository tenants;
    @Inject
    FigureProjection figures;

    public record NewMember(String fiscalCode, String givenName, String familyName, String email, LocalDate birthDate) {
    }

    public Member register(NewMember request) {
        FiscalCode code = FiscalCode.parse(request.fiscalCode());
        Member member = new Member(code, request.givenName(), request.familyName(), request.email(), LocalDate.now());
        if (request.birthDate() != null && !request.birthDate().equals(member.birthDate())) {
            throw it.mutua.app.kernel.RuleViolation.invalid("birthDate", "member.birth_date.mismatch", member.birthDate());
        }
        if (find(code.value()) != null) {
            throw ProblemException.conflict("member.exists", code.value());
        }
        em.persist(member);
        em.flush();
        Tenant tenant = tenants.findById(CurrentTenant.get().id()).orElseThrow();
        figures.add(Figures.scopeOf(tenant), MEMBERS, BigDecimal.ONE);
        return member;
    }

    public Member get(String fiscalCode) {
        Member m = find(fiscalCode == null ? "" : fiscalCode.strip().toUpperCase());
        if (m == null) {
            throw ProblemException.notFound("member.not_found", fiscalCode);
        }
        return m;
    }

    public Page<Member> search(String text, String sort, boolean descending, int page, int size) {
        String where = text == null || text.isBlank() ? ""
                : " WHERE lower(m.familyName) LIKE :t OR lower(m.givenName) LIKE :t OR m.fiscalCode LIKE :u";
        String order = SORTS.getOrDefault(sort, "m.familyName") + (descending ? " DESC" : " ASC") + ", m.id";
        var query = em.createQuery("SELECT m FROM Member m" + where + " ORDER BY " + order, Member.class);
        var count = em.createQuery("SELECT count(m) FROM Member m" + where, Long.class);
        if (!where.isEmpty()) {
            String like = "%" + text.strip().toLowerCase().replace("%", "").replace("_", "") + "%";
            query.setParameter("t", like).setParameter("u", like.toUpperCase());
            count.setParameter("t", like).setParameter("u", like.toUpperCase());
        }
        List<Member> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    private Member find(String fiscalCode) {
        return em.createQuery("SELECT m FROM Member m WHERE m.fiscalCode = :f", Member.class)
                .setParameter("f", fiscalCode).getResultStream().findFirst().orElse(null);
    }
}
