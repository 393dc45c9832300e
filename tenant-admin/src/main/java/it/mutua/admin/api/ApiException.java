package it.mutua.admin.api;

import java.util.List;

/**
 * A failed API call: either an error answer of the API ({@link #error()} as sent) or a transport
 * failure, reported with status 0 and code {@value #UNREACHABLE}.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Code of the error made up by the client when the API cannot be reached. */
    public static final String UNREACHABLE = "client.api_unreachable";
    /** Code of the error made up by the client when the API answers something it cannot read. */
    public static final String UNREADABLE = "client.api_unreadable";

    private final ApiError error;

    public ApiException(ApiError error) {
        super(error.status() + " " + error.code() + ": " + error.message());
        this.error = error;
    }

    public ApiException(ApiError error, Throwable cause) {
        super(error.status() + " " + error.code() + ": " + error.message(), cause);
        this.error = error;
    }

    static ApiException unreachable(Throwable cause) {
        return new ApiException(new ApiError(0, UNREACHABLE, String.valueOf(cause.getMessage()), List.of()), cause);
    }

    static ApiException unreadable(int status, Throwable cause) {
        return new ApiException(new ApiError(status, UNREADABLE, String.valueOf(cause.getMessage()), List.of()), cause);
    }

    public ApiError error() {
        return error;
    }

    public int status() {
        return error.status();
    }

    public String code() {
        return error.code();
    }

    public boolean isUnauthorized() {
        return error.status() == 401;
    }

    /** True for errors the client made up (transport, unreadable body): their message is technical. */
    public boolean isClientSide() {
        return error.code() != null && error.code().startsWith("client.");
    }
}
