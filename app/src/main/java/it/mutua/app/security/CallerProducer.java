package it.mutua.app.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Makes the verified token available to resources as a plain {@link Caller}. */
@RequestScoped
public class CallerProducer {

    @Inject
    JsonWebToken jwt;

    /** Dependent scope: a record cannot be proxied, and a new value per injection point is cheap. */
    @Produces
    Caller caller() {
        Object tenant = jwt.getClaim("tenant");
        String text = tenant == null ? "0" : tenant.toString().replace("\"", "");
        long tenantId;
        try {
            tenantId = Long.parseLong(text);
        } catch (NumberFormatException e) {
            tenantId = 0;
        }
        Set<String> groups = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        String name = jwt.getName() == null ? jwt.getSubject() : jwt.getName();
        return new Caller(name, tenantId, groups);
    }
}
