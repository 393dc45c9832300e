package it.mutua.app.plan.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import it.mutua.app.plan.application.LayerVersionRecord;
import it.mutua.app.plan.application.PlanLayers;
import it.mutua.app.problem.ProblemException;

/** {@link PlanLayers} on {@code plan_layer_version} of the tenant in context. */
@ApplicationScoped
@Transactional
public class JpaPlanLayers implements PlanLayers {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    @Override
    public Optional<LayerVersionRecord> find(String planCode, int number) {
        return row(planCode, number).map(PlanLayerVersionRow::toRecord);
    }

    @Override
    public Optional<LayerVersionRecord> findLocked(String planCode, int number) {
        return row(planCode, number).map(row -> {
            em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
            return row.toRecord();
        });
    }

    @Override
    public List<LayerVersionRecord> versions(String planCode) {
        return em.createQuery("SELECT r FROM PlanLayerVersionRow r WHERE r.planCode = :p ORDER BY r.versionNumber",
                PlanLayerVersionRow.class).setParameter("p", planCode).getResultStream()
                .map(PlanLayerVersionRow::toRecord).toList();
    }

    @Override
    public List<LayerVersionRecord> published(String planCode) {
        return em.createQuery("SELECT r FROM PlanLayerVersionRow r WHERE r.planCode = :p AND r.status = 'PUBLISHED'"
                        + " ORDER BY r.effectiveFrom", PlanLayerVersionRow.class).setParameter("p", planCode)
                .getResultStream().map(PlanLayerVersionRow::toRecord).toList();
    }

    @Override
    public List<LayerVersionRecord> all() {
        return em.createQuery("SELECT r FROM PlanLayerVersionRow r ORDER BY r.planCode, r.versionNumber",
                PlanLayerVersionRow.class).getResultStream().map(PlanLayerVersionRow::toRecord).toList();
    }

    @Override
    public LayerVersionRecord addDraft(String planCode, LocalDate effectiveFrom, String overlayJson, String createdBy) {
        Integer last = em.createQuery("SELECT max(r.versionNumber) FROM PlanLayerVersionRow r WHERE r.planCode = :p",
                Integer.class).setParameter("p", planCode).getSingleResult();
        var row = new PlanLayerVersionRow(planCode, last == null ? 1 : last + 1, effectiveFrom, overlayJson, createdBy);
        em.persist(row);
        em.flush();
        return row.toRecord();
    }

    @Override
    public LayerVersionRecord replaceDraft(String planCode, int number, LocalDate effectiveFrom, String overlayJson) {
        PlanLayerVersionRow row = lockedRow(planCode, number);
        row.replace(effectiveFrom, overlayJson);
        em.flush();
        return row.toRecord();
    }

    @Override
    public LayerVersionRecord publish(String planCode, int number, String publishedBy, List<String> builtOn) {
        PlanLayerVersionRow row = lockedRow(planCode, number);
        row.publish(publishedBy, OffsetDateTime.now(), builtOn);
        em.flush();
        return row.toRecord();
    }

    /** The row, locked until commit: two publications of one version cannot both see it as a draft. */
    private PlanLayerVersionRow lockedRow(String planCode, int number) {
        PlanLayerVersionRow row = row(planCode, number)
                .orElseThrow(() -> ProblemException.notFound("plan.version.notFound", planCode, number));
        em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
        return row;
    }

    private Optional<PlanLayerVersionRow> row(String planCode, int number) {
        return em.createQuery("SELECT r FROM PlanLayerVersionRow r WHERE r.planCode = :p AND r.versionNumber = :n",
                PlanLayerVersionRow.class).setParameter("p", planCode).setParameter("n", number)
                .getResultStream().findFirst();
    }
}
