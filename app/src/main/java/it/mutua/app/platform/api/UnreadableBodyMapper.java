package it.mutua.app.platform.api;

import java.util.List;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import it.mutua.app.problem.Problem;

/** Malformed JSON, or JSON of the wrong shape: 400 with a message a person can act on, and nothing done. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "request.malformed_json", Problem.locale(headers), List.of());
    }
}
