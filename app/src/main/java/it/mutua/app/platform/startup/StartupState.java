package it.mutua.app.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether start-up has finished and whether the application is stopping; read by the readiness check. The flags are
 * static: they describe this application instance (one class loader), and Liberty's health runtime may obtain the
 * check through more than one bean context.
 */
@ApplicationScoped
public class StartupState {

    private static volatile boolean started;
    private static volatile boolean stopping;

    void markStarted() {
        started = true;
    }

    void markStopping() {
        stopping = true;
    }

    public boolean serving() {
        return started && !stopping;
    }

    public boolean started() {
        return started;
    }
}
