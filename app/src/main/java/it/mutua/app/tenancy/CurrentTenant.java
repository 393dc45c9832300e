package it.mutua.app.tenancy;

import java.util.Optional;

/** Read-only view of the tenant the current unit of work runs for. */
public final class CurrentTenant {

    private CurrentTenant() {
    }

    /** The tenant in context; fails loudly when code that needs a tenant runs without one. */
    public static TenantRef get() {
        return TenantContext.current()
                .filter(t -> t != TenantRef.CONTROL)
                .orElseThrow(() -> new IllegalStateException("no tenant in context"));
    }

    /** The tenant of the verified token, even while a parent read works as a child tenant. */
    public static Optional<TenantRef> ofCaller() {
        return TenantContext.requestTenant().filter(t -> t != TenantRef.CONTROL);
    }

    public static Optional<TenantRef> find() {
        return TenantContext.current().filter(t -> t != TenantRef.CONTROL);
    }
}
