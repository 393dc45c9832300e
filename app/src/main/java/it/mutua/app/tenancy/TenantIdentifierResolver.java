package it.mutua.app.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which tenant a new session belongs to: the one on top of {@link TenantContext}, or the control
 * pseudo-tenant when none is set (start-up, catalog-only work). Instantiated by Hibernate from persistence.xml.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().orElse(TenantRef.CONTROL).identifier();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
