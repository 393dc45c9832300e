package it.mutua.app.tenancy;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs a unit of work as another tenant, in its own transaction.
 *
 * <p>Liberty shares one physical connection per JTA transaction; if two tenants' sessions lived in one transaction
 * they would share a connection and its schema. So work for another tenant is always a new transaction
 * ({@code REQUIRES_NEW}), started after the caller checked visibility and wrote the audit record.
 */
@ApplicationScoped
public class TenantScopes {

    @Inject
    NewTransaction newTransaction;

    /** Run {@code work} in a new transaction whose sessions belong to {@code tenant}. */
    public <T> T callAs(TenantRef tenant, Supplier<T> work) {
        TenantContext.push(tenant);
        try {
            return newTransaction.call(work);
        } finally {
            TenantContext.pop();
        }
    }

}
