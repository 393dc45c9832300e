package it.mutua.app.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up has finished and whether the application is stopping; read by the readiness check. */
@ApplicationScoped
public class StartupState {

    private volatile boolean started;
    private volatile boolean stopping;

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
