package it.mutua.app.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/**
 * A failure the caller can act on: an HTTP status, a stable code (also the message key), arguments for the message,
 * and optional field violations. Thrown by application services, turned into a {@link Problem} body by a mapper.
 */
public class ProblemException extends RuntimeException {

    private final Response.Status status;
    private final String code;
    private final transient Object[] args;
    private final List<ViolationCode> violations;

    /** A field violation whose text is resolved later, in the caller's language. */
    public record ViolationCode(String field, String code, Object... args) {
    }

    public ProblemException(Response.Status status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public ProblemException(Response.Status status, String code, List<ViolationCode> violations, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String code, Object... args) {
        return new ProblemException(Response.Status.NOT_FOUND, code, args);
    }

    public static ProblemException badRequest(String code, Object... args) {
        return new ProblemException(Response.Status.BAD_REQUEST, code, args);
    }

    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(Response.Status.CONFLICT, code, args);
    }

    public static ProblemException forbidden(String code, Object... args) {
        return new ProblemException(Response.Status.FORBIDDEN, code, args);
    }

    public static ProblemException invalidField(String field, String code, Object... args) {
        return new ProblemException(Response.Status.BAD_REQUEST, "request.invalid",
                List.of(new ViolationCode(field, code, args)));
    }

    public Response.Status status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<ViolationCode> violations() {
        return violations;
    }
}
