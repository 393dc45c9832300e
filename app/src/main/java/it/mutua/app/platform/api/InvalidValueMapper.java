package it.mutua.app.platform.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import it.mutua.app.kernel.InvalidValueException;
import it.mutua.app.problem.Problem;
import it.mutua.app.problem.Violation;

/** An invalid codice fiscale, partita IVA, IBAN or region: 400 with the field and the kernel's own bilingual text. */
@Provider
public class InvalidValueMapper implements ExceptionMapper<InvalidValueException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidValueException e) {
        return toResponse(e, Problem.locale(headers));
    }

    static Response toResponse(InvalidValueException e, Locale locale) {
        String message = e.message(locale);
        Problem body = new Problem(400, e.code(), message,
                List.of(new Violation(Violation.jsonName(e.field()), message)));
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
