package it.mutua.app.network.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import it.mutua.app.network.domain.UnprocessableInput;
import it.mutua.app.problem.Messages;
import it.mutua.app.problem.Problem;
import it.mutua.app.problem.Violation;

/** A reference to something that does not exist (an unknown ISTAT code): 422 with the field and the message. */
@Provider
public class UnprocessableInputMapper implements ExceptionMapper<UnprocessableInput> {

    static final int UNPROCESSABLE = 422;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(UnprocessableInput e) {
        Locale locale = Problem.locale(headers);
        String message = Messages.text(locale, e.code(), e.args());
        Problem body = new Problem(UNPROCESSABLE, e.code(), message, List.of(new Violation(e.field(), message)));
        return Response.status(UNPROCESSABLE).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
