package it.mutua.app.platform.api;

import java.util.Locale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import it.mutua.app.problem.Messages;
import it.mutua.app.problem.Problem;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.problem.Violation;

/** Turns a {@link ProblemException} into its JSON body, in the caller's language. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    HttpHeaders headers;

    ProblemExceptionMapper withHeaders(HttpHeaders h) {
        this.headers = h;
        return this;
    }

    @Override
    public Response toResponse(ProblemException e) {
        Locale locale = Problem.locale(headers);
        var violations = e.violations().stream()
                .map(v -> new Violation(v.field(), Messages.text(locale, v.code(), v.args())))
                .toList();
        return Problem.response(e.status(), e.code(), locale, violations, e.args());
    }
}
