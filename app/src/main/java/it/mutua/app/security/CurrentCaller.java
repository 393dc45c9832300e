package it.mutua.app.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller of the request in progress, for application-scoped beans (resources created once, not per request): this
 * bean is request-scoped, so the proxy they hold always reaches the current request's token, and it is only created
 * when a request actually asks who is calling. A {@link Caller} value injected straight into a singleton would be
 * the first request's caller for ever.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    Caller caller;

    public Caller get() {
        return caller;
    }
}
