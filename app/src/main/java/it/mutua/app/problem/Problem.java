package it.mutua.app.problem;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import it.mutua.app.problem.Messages;

/**
 * The error body of every API failure: {@code {"status":404,"code":"tenant.not_found","message":"…","violations":[…]}}.
 * The code is stable for programs; the message is for people, in the request's language.
 */
public record Problem(int status, String code, String message, List<Violation> violations) {

    /** 422: Jakarta REST 3.1 has no constant for it. */
    public static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    public static Response response(Response.StatusType status, String code, Locale locale, List<Violation> violations,
                                    Object... args) {
        Problem body = new Problem(status.getStatusCode(), code, Messages.text(locale, code, args), violations);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    public static Response response(Response.Status status, String code, ContainerRequestContext request) {
        return response(status, code, Messages.choose(request.getAcceptableLanguages()), List.of());
    }

    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.ITALIAN : Messages.choose(headers.getAcceptableLanguages());
    }
}
