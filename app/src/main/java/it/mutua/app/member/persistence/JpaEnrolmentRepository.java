package it.mutua.app.member.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.mutua.app.member.domain.CollectiveAdhesion;
import it.mutua.app.member.domain.Enrolment;
import it.mutua.app.member.domain.EnrolmentRepository;

/** {@link EnrolmentRepository} on the tenant schema in context. */
@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    @Override
    public void add(Enrolment enrolment) {
        em.persist(enrolment);
        em.flush();
    }

    @Override
    public void add(CollectiveAdhesion adhesion) {
        em.persist(adhesion);
        em.flush();
    }

    @Override
    public Optional<Enrolment> findById(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id));
    }

    @Override
    public List<Enrolment> ofMembers(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.memberId IN :m ORDER BY e.startDate, e.id",
                Enrolment.class).setParameter("m", memberIds).getResultList();
    }

    @Override
    public List<Enrolment> ofUnit(long holderId) {
        // a join, not "memberId = :h OR memberId IN (subquery)": PostgreSQL answers that OR with a scan of every
        // period of the cooperative (35 ms at 72,000), the join with two index look-ups (0.2 ms)
        return em.createQuery("SELECT e FROM Enrolment e, Member m WHERE m.id = e.memberId"
                        + " AND (m.id = :h OR m.holderId = :h) ORDER BY e.startDate, e.id", Enrolment.class)
                .setParameter("h", holderId).getResultList();
    }

    @Override
    public List<Enrolment> ofMember(long memberId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.memberId = :m ORDER BY e.startDate, e.id",
                Enrolment.class).setParameter("m", memberId).getResultList();
    }

    @Override
    public Optional<CollectiveAdhesion> adhesionOn(LocalDate date) {
        return em.createQuery("SELECT a FROM CollectiveAdhesion a WHERE a.startDate <= :d"
                        + " AND (a.endDate IS NULL OR a.endDate >= :d) ORDER BY a.startDate DESC", CollectiveAdhesion.class)
                .setParameter("d", date).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<CollectiveAdhesion> currentAdhesion() {
        return em.createQuery("SELECT a FROM CollectiveAdhesion a WHERE a.endDate IS NULL ORDER BY a.startDate DESC",
                CollectiveAdhesion.class).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<CollectiveAdhesion> adhesions() {
        return em.createQuery("SELECT a FROM CollectiveAdhesion a ORDER BY a.startDate", CollectiveAdhesion.class)
                .getResultList();
    }
}
