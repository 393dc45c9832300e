package it.mutua.app.network.domain;

/**
 * Well-formed input that names something that does not exist (an ISTAT code absent from the reference data, a
 * municipality outside the stated province): the API answers 422, unlike malformed input (400).
 */
public class UnprocessableInput extends RuntimeException {

    private final String code;
    private final String field;
    private final transient Object[] args;

    public UnprocessableInput(String field, String code, Object... args) {
        super(code + " (" + field + ")");
        this.code = code;
        this.field = field;
        this.args = args;
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
