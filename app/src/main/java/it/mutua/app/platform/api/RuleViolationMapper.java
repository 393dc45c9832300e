package it.mutua.app.platform.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.problem.Messages;
import it.mutua.app.problem.Problem;
import it.mutua.app.problem.Violation;

/**
 * A domain rule's refusal: 400 with the field and message for invalid input, 422 for a business rule refusing
 * well-formed input, 409 for a conflict with current state.
 */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuleViolation e) {
        return toResponse(e, Problem.locale(headers));
    }

    static Response toResponse(RuleViolation e, Locale locale) {
        String message = Messages.text(locale, e.code(), e.args());
        if (e.kind() == RuleViolation.Kind.CONFLICT) {
            return Problem.response(Response.Status.CONFLICT, e.code(), locale, List.of(), e.args());
        }
        List<Violation> violations = e.field() == null ? List.of() : List.of(new Violation(e.field(), message));
        if (e.kind() == RuleViolation.Kind.UNPROCESSABLE) {
            return Problem.response(Problem.UNPROCESSABLE, e.code(), locale, violations, e.args());
        }
        return Problem.response(Response.Status.BAD_REQUEST, e.code(), locale, violations, e.args());
    }
}
