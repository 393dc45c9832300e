package it.mutua.app.member.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.transaction.TransactionScoped;

/**
 * The plan terms already resolved in the current transaction, by tenant, plan and date. Resolving walks the layer
 * owners' schemas (one short transaction each), so a bulk operation (a payroll import enrolling thousands of hires
 * in one transaction) resolves each plan and date once; a publication made meanwhile is seen by the next transaction.
 */
@TransactionScoped
public class PlanTermsCache implements Serializable {

    private static final long serialVersionUID = 1L;

    private record Key(long tenantId, String planCode, LocalDate date) {
    }

    private transient Map<Key, PlanTerms> terms;

    public PlanTerms get(long tenantId, String planCode, LocalDate date, Supplier<PlanTerms> resolve) {
        if (terms == null) {
            terms = new HashMap<>();
        }
        Key key = new Key(tenantId, planCode, date);
        if (!terms.containsKey(key)) {
            // null (no adoption that day) is remembered too
            terms.put(key, resolve.get());
        }
        return terms.get(key);
    }
}
