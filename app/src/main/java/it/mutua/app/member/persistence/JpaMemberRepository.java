package it.mutua.app.member.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import it.mutua.app.member.domain.ConsentRecord;
import it.mutua.app.member.domain.HistoryEntry;
import it.mutua.app.member.domain.Member;
import it.mutua.app.member.domain.MemberRepository;

/** {@link MemberRepository} on the tenant schema in context (the caller's transaction). */
@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

    private static final Map<String, String> SORTS = Map.of("familyName", "m.familyName", "givenName", "m.givenName",
            "fiscalCode", "m.fiscalCode", "birthDate", "m.birthDate", "createdAt", "m.createdAt");

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    @Override
    public Optional<Member> findByFiscalCode(String fiscalCode) {
        return em.createQuery("SELECT m FROM Member m WHERE m.fiscalCode = :f", Member.class)
                .setParameter("f", fiscalCode).getResultStream().findFirst();
    }

    @Override
    public List<Member> findByFiscalCodes(java.util.Collection<String> fiscalCodes) {
        if (fiscalCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Member m WHERE m.fiscalCode IN :f", Member.class)
                .setParameter("f", fiscalCodes).getResultList();
    }

    @Override
    public List<Member> familyOfAll(java.util.Collection<Long> holderIds) {
        if (holderIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Member m WHERE m.holderId IN :h ORDER BY m.holderId, m.birthDate, m.id",
                Member.class).setParameter("h", holderIds).getResultList();
    }

    @Override
    public Optional<Member> findById(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    @Override
    public void add(Member member) {
        em.persist(member);
        em.flush();
    }

    @Override
    public List<Member> familyOf(long holderId) {
        return em.createQuery("SELECT m FROM Member m WHERE m.holderId = :h ORDER BY m.birthDate, m.id", Member.class)
                .setParameter("h", holderId).getResultList();
    }

    @Override
    public List<Member> workersEmployedOnOrAfter(LocalDate date) {
        return em.createQuery("SELECT m FROM Member m WHERE m.familyRole = it.mutua.app.plan.domain.FamilyRole.WORKER"
                        + " AND m.hireDate IS NOT NULL AND (m.endDate IS NULL OR m.endDate >= :d) ORDER BY m.id",
                Member.class).setParameter("d", date).getResultList();
    }

    @Override
    public List<Member> search(String text, String sort, boolean descending, int offset, int limit) {
        String order = SORTS.getOrDefault(sort, "m.familyName") + (descending ? " DESC" : " ASC") + ", m.id";
        TypedQuery<Member> q = em.createQuery("SELECT m FROM Member m" + where(text) + " ORDER BY " + order, Member.class);
        bind(q, text);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String text) {
        TypedQuery<Long> q = em.createQuery("SELECT count(m) FROM Member m" + where(text), Long.class);
        bind(q, text);
        return q.getSingleResult();
    }

    @Override
    public List<Member> batchAfter(long afterId, int limit) {
        return em.createQuery("SELECT m FROM Member m WHERE m.id > :a ORDER BY m.id", Member.class)
                .setParameter("a", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<Long, String> fiscalCodesOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> codes = new java.util.HashMap<>();
        em.createQuery("SELECT m.id, m.fiscalCode FROM Member m WHERE m.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> codes.put((Long) r[0], (String) r[1]));
        return codes;
    }

    private static String where(String text) {
        return text == null || text.isBlank() ? ""
                : " WHERE lower(m.familyName) LIKE :t OR lower(m.givenName) LIKE :t OR m.fiscalCode LIKE :u"
                + " OR lower(concat(m.givenName, ' ', m.familyName)) LIKE :t"
                + " OR lower(concat(m.familyName, ' ', m.givenName)) LIKE :t";
    }

    private static void bind(TypedQuery<?> q, String text) {
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().toLowerCase().replace("%", "").replace("_", "").replaceAll("\\s+", " ") + "%";
            q.setParameter("t", like).setParameter("u", like.toUpperCase());
        }
    }

    @Override
    public void addHistory(HistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<HistoryEntry> history(long memberId, int offset, int limit) {
        return em.createQuery("SELECT h FROM HistoryEntry h WHERE h.memberId = :m ORDER BY h.id DESC", HistoryEntry.class)
                .setParameter("m", memberId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public void addConsent(ConsentRecord consent) {
        em.persist(consent);
    }

    @Override
    public List<ConsentRecord> consents(long memberId) {
        return em.createQuery("SELECT c FROM ConsentRecord c WHERE c.memberId = :m ORDER BY c.id", ConsentRecord.class)
                .setParameter("m", memberId).getResultList();
    }
}
