package it.mutua.app.kernel;

/**
 * A domain rule said no. Carries a stable code (also the message key), the field it concerns (if any) and message
 * arguments; the REST layer turns it into 400 (invalid input), 422 (well-formed input that breaks a business rule,
 * e.g. a birth date that disagrees with the codice fiscale) or 409 (conflicts with the current state).
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { INVALID, UNPROCESSABLE, CONFLICT }

    private final Kind kind;
    private final String code;
    private final String field;
    private final transient Object[] args;

    private RuleViolation(Kind kind, String code, String field, Object... args) {
        super(code + (field == null ? "" : " (" + field + ")"));
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.args = args;
    }

    public static RuleViolation invalid(String field, String code, Object... args) {
        return new RuleViolation(Kind.INVALID, code, field, args);
    }

    /** Well-formed input that a business rule refuses (422). */
    public static RuleViolation unprocessable(String field, String code, Object... args) {
        return new RuleViolation(Kind.UNPROCESSABLE, code, field, args);
    }

    public static RuleViolation conflict(String code, Object... args) {
        return new RuleViolation(Kind.CONFLICT, code, null, args);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
