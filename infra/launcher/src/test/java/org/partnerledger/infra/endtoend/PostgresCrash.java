package org.partnerledger.infra.endtoend;

import org.partnerledger.infra.launcher.LocalPostgres;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** PostgreSQL's immediate shutdown, as close to pulling the plug as a signal gets: the next start replays the WAL. */
final class PostgresCrash {

    private PostgresCrash() {
    }

    static void crash(LocalPostgres postgres) throws IOException, InterruptedException, ExecutionException,
            TimeoutException {
        long pid = postgres.pid();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start().waitFor();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        try {
            postgres.stop();
        } catch (RuntimeException alreadyGone) {
            // pg_ctl finds no server to stop; the handle is released all the same.
        }
    }
}
