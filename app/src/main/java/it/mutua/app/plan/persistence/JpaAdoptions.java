package it.mutua.app.plan.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import it.mutua.app.plan.application.AdoptionRecord;
import it.mutua.app.plan.application.Adoptions;
import it.mutua.app.problem.ProblemException;

/** {@link Adoptions} on {@code plan_adoption} of the cooperative in context. */
@ApplicationScoped
@Transactional
public class JpaAdoptions implements Adoptions {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    @Override
    public List<AdoptionRecord> all() {
        return em.createQuery("SELECT a FROM PlanAdoptionRow a ORDER BY a.effectiveFrom", PlanAdoptionRow.class)
                .getResultStream().map(PlanAdoptionRow::toRecord).toList();
    }

    @Override
    public AdoptionRecord add(AdoptionRecord next, int closing) {
        if (closing > 0) {
            PlanAdoptionRow previous = em.createQuery("SELECT a FROM PlanAdoptionRow a WHERE a.adoptionNumber = :n",
                    PlanAdoptionRow.class).setParameter("n", closing).getResultStream().findFirst()
                    .orElseThrow(() -> ProblemException.conflict("request.conflict"));
            // Locked until commit: a concurrent adoption waits, then fails on the unique number or date (409).
            em.refresh(previous, LockModeType.PESSIMISTIC_WRITE);
            if (previous.toRecord().effectiveTo().isPresent()) {
                throw ProblemException.conflict("request.conflict");
            }
            previous.closeBefore(next.effectiveFrom());
        }
        var row = new PlanAdoptionRow(next);
        em.persist(row);
        em.flush();
        return row.toRecord();
    }
}
