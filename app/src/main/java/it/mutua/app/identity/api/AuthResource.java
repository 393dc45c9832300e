package it.mutua.app.identity.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.identity.application.LoginService;
import it.mutua.app.identity.application.SigningKeys;
import it.mutua.app.problem.Problem;

@Path("/auth")
@RequestScoped
@Tag(name = "Accesso / Authentication")
public class AuthResource {

    @Inject
    LoginService login;
    @Inject
    SigningKeys keys;
    @Context
    HttpHeaders headers;

    /** Body of POST /api/auth/token. */
    public record TokenRequest(String username, String password) {
    }

    /** The OAuth-style answer: {@code {"access_token": "…", "expires_in": 3600, "token_type": "Bearer"}}. */
    public record TokenResponse(String access_token, long expires_in, String token_type) {
    }

    @POST
    @Path("token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accesso con nome utente e password / Sign in with username and password")
    public Response token(TokenRequest body) {
        LoginService.Outcome outcome = body == null ? login.login(null, null) : login.login(body.username(), body.password());
        if (outcome.succeeded()) {
            return Response.ok(new TokenResponse(outcome.token().token(), outcome.token().expiresIn(), "Bearer"))
                    .header("Cache-Control", "no-store").build();
        }
        Response.Status status = "tenant.not_active".equals(outcome.failureCode())
                ? Response.Status.FORBIDDEN : Response.Status.UNAUTHORIZED;
        return Problem.response(status, outcome.failureCode(), Problem.locale(headers), List.of(), outcome.minutesLocked());
    }

    @GET
    @Path("jwks")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chiavi pubbliche del token (JWKS) / Public keys of issued tokens (JWKS)")
    public String jwks() {
        return keys.jwks();
    }
}
