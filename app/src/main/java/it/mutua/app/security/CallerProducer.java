package it.mutua.app.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import it.mutua.app.tenancy.CurrentTenant;
import it.mutua.app.tenancy.TenantRef;

/** Makes the verified token available to resources as a plain {@link Caller}. */
@RequestScoped
public class CallerProducer {

    @Inject
    JsonWebToken jwt;

    /** Dependent scope: a record cannot be proxied, and a new value per injection point is cheap. */
    @Produces
    Caller caller() {
        // the tenant was read from the token and checked against the catalog once, by the tenancy request filter
        long tenantId = CurrentTenant.ofCaller().map(TenantRef::id).orElse(0L);
        Set<String> groups = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        String name = jwt.getName() == null ? jwt.getSubject() : jwt.getName();
        return new Caller(name, tenantId, groups);
    }
}
