package it.mutua.app.platform.startup;

/**
 * Whether start-up has finished and whether the application is stopping; read by the readiness check. A plain static
 * holder, not a CDI bean: it describes this application instance (one class loader), and the health runtime must read
 * the very value the start-up listener wrote, whatever bean context it obtains the check from.
 */
public final class StartupState {

    private static volatile boolean started;
    private static volatile boolean stopping;
    private static volatile boolean tokenKeysLoaded;

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

    /** Set once the server has verified a first token, so its JWKS is cached (see {@link TokenVerificationWarmUp}). */
    static void markTokenKeysLoaded() {
        tokenKeysLoaded = true;
    }

    public static boolean tokenKeysLoaded() {
        return tokenKeysLoaded;
    }
}
