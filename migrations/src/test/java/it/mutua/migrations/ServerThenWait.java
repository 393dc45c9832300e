package it.mutua.migrations;

import java.nio.file.Path;

/** Test main (run in a forked JVM): starts or reuses the embedded server, says READY, waits to be killed. */
public final class ServerThenWait {

    private ServerThenWait() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer s = EmbeddedPostgresServer.startOrReuse(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("READY started=" + s.startedHere());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
