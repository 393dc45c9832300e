package it.mutua.app.platform.api;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import it.mutua.app.kernel.InvalidValueException;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.problem.Problem;
import it.mutua.app.problem.ProblemException;

/**
 * Anything unforeseen: logged with an incident id, answered 500 without internals (no stack trace, no SQL) but with
 * the incident id so support can find the log line.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        ProblemException problem = find(e, ProblemException.class);
        if (problem != null) {
            return new ProblemExceptionMapper().withHeaders(headers).toResponse(problem);
        }
        RuleViolation rule = find(e, RuleViolation.class);
        if (rule != null) {
            return RuleViolationMapper.toResponse(rule, Problem.locale(headers));
        }
        InvalidValueException invalid = find(e, InvalidValueException.class);
        if (invalid != null) {
            return InvalidValueMapper.toResponse(invalid, Problem.locale(headers));
        }
        if (isUniqueViolation(e)) {
            // two requests raced for the same code or key: the loser gets a conflict, not a crash
            return Problem.response(Response.Status.CONFLICT, "request.conflict", Problem.locale(headers), List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected error, incident " + incident, e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "request.unexpected",
                Problem.locale(headers), List.of(), incident);
    }

    /** Transactional interceptors and commit failures wrap our exceptions: find the original. */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
