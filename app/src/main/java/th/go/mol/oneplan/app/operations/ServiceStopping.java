package th.go.mol.oneplan.app.operations;

/**
 * Whether the service is being stopped (Ctrl-C, SIGTERM, {@code System.exit}): the JVM then runs its shutdown hooks,
 * among them Spring's, which closes the application and the connection pool underneath whatever is still starting.
 * Work cut short that way (the demo's requests, a start-up step) is the stop's doing, not a fault, and is told
 * quietly. The JVM refuses a new shutdown hook once its hooks have begun; that refusal is the only public sign.
 */
public final class ServiceStopping {

    private ServiceStopping() {
    }

    /** True once the JVM has begun to shut down. */
    public static boolean now() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shutdownInProgress) {
            return true;
        }
    }
}
