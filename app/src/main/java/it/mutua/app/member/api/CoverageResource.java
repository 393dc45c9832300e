package it.mutua.app.member.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.application.Coverage;
import it.mutua.app.member.application.CoverageAccess;
import it.mutua.app.security.Caller;

/** "Is this person covered on this date?" for the national office, regional mutuals, claims officers and members. */
@Path("/coverage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adesioni / Enrolment")
@SecurityRequirement(name = "jwt")
public class CoverageResource {

    @Inject
    CoverageAccess access;
    @Inject
    Caller caller;
    @Inject
    JsonWebToken jwt;

    @GET
    @RolesAllowed({"national-admin", "regional-admin", "claims-officer", "member"})
    @Operation(summary = "Copertura di una persona a una data / A person's coverage on a date",
            description = "404 when not covered, or when the caller may not see the person (a regional mutual sees its "
                    + "own tree, a member only their family unit). date defaults to today.")
    public Coverage coverage(@QueryParam("fiscalCode") String fiscalCode, @QueryParam("date") String date) {
        if (fiscalCode == null || fiscalCode.isBlank()) {
            throw RuleViolation.invalid("fiscalCode", "coverage.fiscal_code.required");
        }
        return access.coverageFor(caller, memberClaim(jwt), fiscalCode, date(date));
    }

    /** The token's {@code member} claim (the member's codice fiscale), if any. */
    static String memberClaim(JsonWebToken jwt) {
        Object claim = jwt.getClaim("member");
        if (claim instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return claim == null ? null : claim.toString();
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("date", "coverage.date.invalid", text);
        }
    }
}
