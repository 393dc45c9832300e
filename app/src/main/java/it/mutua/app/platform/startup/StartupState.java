package it.mutua.app.platform.startup;

/**
 * Whether start-up has finished and whether the application is stopping; read by the readiness check. A plain static
 * holder, not a CDI bean: it describes this application instance (one class loader), and the health runtime must read
 * the very value the start-up listener wrote, whatever bean context it obtains the check from.
 */
public final class StartupState {

    private static volatile boolean started;
    private static volatile boolean stopping;

    private StartupState() {
    }

    static void markStarted() {
        started = true;
        stopping = false;
    }

    static void markStopping() {
        stopping = true;
    }

    public static boolean serving() {
        return started && !stopping;
    }

    public static boolean started() {
        return started;
    }
}
