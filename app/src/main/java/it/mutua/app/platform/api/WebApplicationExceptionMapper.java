package it.mutua.app.platform.api;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import it.mutua.app.problem.Problem;

/**
 * Gives the JAX-RS runtime's own errors (unknown path, wrong method, unsupported media type, a body that could not be
 * read) the same JSON shape as ours.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.BAD_REQUEST;
        }
        String code = switch (status) {
            case NOT_FOUND -> "request.not_found";
            case METHOD_NOT_ALLOWED -> "request.method_not_allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "request.unsupported_media_type";
            case NOT_ACCEPTABLE -> "request.not_acceptable";
            case UNAUTHORIZED -> "auth.required";
            case FORBIDDEN -> "auth.forbidden";
            case BAD_REQUEST -> causedByJson(e) ? "request.malformed_json" : "request.invalid";
            default -> "request.failed";
        };
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            LOG.log(Level.SEVERE, "request failed", e);
        }
        return Problem.response(status, code, Problem.locale(headers), List.of());
    }

    private static boolean causedByJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof ProcessingException
                    || t instanceof jakarta.json.stream.JsonParsingException) {
                return true;
            }
        }
        return false;
    }
}
