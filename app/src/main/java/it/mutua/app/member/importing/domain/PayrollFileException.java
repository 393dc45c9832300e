package it.mutua.app.member.importing.domain;

/**
 * The file as a whole cannot be read as a payroll list (wrong encoding, binary content, missing columns, broken
 * quoting, too many lines): nothing of it is imported, whatever the mode. Carries a message code and arguments.
 */
public class PayrollFileException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public PayrollFileException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
