package it.mutua.app.member.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.mutua.app.member.domain.EnrolmentKind;
import it.mutua.app.member.domain.IndexedEnrolment;
import it.mutua.app.member.domain.PersonIndex;
import it.mutua.app.plan.domain.FamilyRole;

/**
 * {@link PersonIndex} on {@code control.person_enrolment}, schema-qualified: written through the connection of the
 * tenant's transaction, so the index row commits or rolls back with the enrolment it mirrors.
 */
@ApplicationScoped
public class ControlPersonIndex implements PersonIndex {

    private static final String COLUMNS = "tenant_id, enrolment_id, fiscal_code, family_role, holder_fiscal_code, kind,"
            + " plan_code, start_date, end_date";

    /** Two periods of one person in two tenants that share at least one day. */
    private static final String OVERLAP = "FROM control.person_enrolment a JOIN control.person_enrolment b"
            + " ON b.fiscal_code = a.fiscal_code AND b.tenant_id <> a.tenant_id"
            + " AND a.start_date <= COALESCE(b.end_date, DATE '9999-12-31')"
            + " AND b.start_date <= COALESCE(a.end_date, DATE '9999-12-31')";

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    @Override
    public void put(IndexedEnrolment r) {
        em.createNativeQuery("INSERT INTO control.person_enrolment (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS DATE), CAST(?9 AS DATE))"
                        + " ON CONFLICT (tenant_id, enrolment_id) DO UPDATE SET fiscal_code = EXCLUDED.fiscal_code,"
                        + " family_role = EXCLUDED.family_role, holder_fiscal_code = EXCLUDED.holder_fiscal_code,"
                        + " kind = EXCLUDED.kind, plan_code = EXCLUDED.plan_code, start_date = EXCLUDED.start_date,"
                        + " end_date = EXCLUDED.end_date, updated_at = now()")
                .setParameter(1, r.tenantId()).setParameter(2, r.enrolmentId()).setParameter(3, r.fiscalCode())
                .setParameter(4, r.role().name()).setParameter(5, r.holderFiscalCode()).setParameter(6, r.kind().name())
                .setParameter(7, r.planCode()).setParameter(8, Date.valueOf(r.startDate()))
                .setParameter(9, r.endDate() == null ? null : Date.valueOf(r.endDate()))
                .executeUpdate();
    }

    @Override
    public List<IndexedEnrolment> covering(String fiscalCode, LocalDate date) {
        return rows("SELECT " + COLUMNS + " FROM control.person_enrolment WHERE fiscal_code = ?1 AND start_date <= ?2"
                + " AND (end_date IS NULL OR end_date >= ?2) ORDER BY start_date, tenant_id", fiscalCode, Date.valueOf(date));
    }

    @Override
    public List<IndexedEnrolment> ofAll(java.util.Collection<String> fiscalCodes) {
        if (fiscalCodes.isEmpty()) {
            return List.of();
        }
        return rows("SELECT " + COLUMNS + " FROM control.person_enrolment WHERE fiscal_code = ANY(CAST(?1 AS varchar[]))"
                + " ORDER BY start_date, tenant_id", "{" + String.join(",", fiscalCodes) + "}");
    }

    @Override
    public List<IndexedEnrolment> of(String fiscalCode) {
        return rows("SELECT " + COLUMNS + " FROM control.person_enrolment WHERE fiscal_code = ?1"
                + " ORDER BY start_date, tenant_id", fiscalCode);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> duplicatedFiscalCodes(int offset, int limit) {
        return em.createNativeQuery("SELECT DISTINCT a.fiscal_code " + OVERLAP + " ORDER BY a.fiscal_code")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countDuplicatedFiscalCodes() {
        return ((Number) em.createNativeQuery("SELECT count(DISTINCT a.fiscal_code) " + OVERLAP).getSingleResult())
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private List<IndexedEnrolment> rows(String sql, Object... args) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(ControlPersonIndex::row).toList();
    }

    private static IndexedEnrolment row(Object[] r) {
        return new IndexedEnrolment(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                FamilyRole.valueOf((String) r[3]), (String) r[4], EnrolmentKind.valueOf((String) r[5]), (String) r[6],
                date(r[7]), date(r[8]));
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
