package it.mutua.app.claim.api;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import it.mutua.app.claim.application.ClaimPrincipal;
import it.mutua.app.security.Caller;

/** The claim principal of the request: the caller and, for members, the {@code member} claim of the token. */
@RequestScoped
public class ClaimPrincipals {

    @Inject
    JsonWebToken jwt;
    @Inject
    Caller caller;

    public ClaimPrincipal current() {
        Object member = jwt.getClaim("member");
        String fiscalCode = member instanceof JsonString s ? s.getString() : member == null ? null : member.toString();
        return new ClaimPrincipal(caller, Optional.ofNullable(fiscalCode).map(f -> f.replace("\"", "").strip())
                .filter(f -> !f.isEmpty()));
    }
}
