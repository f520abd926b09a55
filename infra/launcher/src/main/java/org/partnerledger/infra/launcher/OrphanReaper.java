package org.partnerledger.infra.launcher;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Stops the launcher's processes when the launcher dies without running its shutdown hook (kill -9, OOM killer):
 * neither the services' JVMs nor the detached postmaster would notice on their own.
 * <p>
 * A small sh process reads the pids to watch from a pipe whose write end only this JVM holds. However this JVM ends,
 * the kernel closes that end; the script then reads end-of-file and signals the watched processes newest first, each
 * given 30 s to exit before SIGKILL, which keeps the services-before-PostgreSQL order of a normal stop.
 */
final class OrphanReaper {

    private static final String SCRIPT = """
            trap '' INT
            watched=''
            while read -r signal pid; do watched="$signal:$pid $watched"; done
            for entry in $watched; do
              pid=${entry#*:}
              kill -s "${entry%%:*}" "$pid" 2>/dev/null || continue
              waited=0
              while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 30 ]; do sleep 1; waited=$((waited + 1)); done
              kill -s KILL "$pid" 2>/dev/null
            done
            """;

    private Process reaper;
    private Writer watchList;

    /** The script ignores SIGINT: Ctrl-C reaches the whole foreground group, and the shutdown hook handles that. */
    synchronized void start() {
        try {
            reaper = new ProcessBuilder("sh", "-c", SCRIPT)
                    .redirectOutput(Redirect.DISCARD)
                    .redirectError(Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the orphan reaper (sh)", e);
        }
        watchList = new OutputStreamWriter(reaper.getOutputStream(), StandardCharsets.US_ASCII);
    }

    /** @param signal sent to the process if the launcher dies: TERM, or INT for PostgreSQL's fast shutdown */
    synchronized void watch(long pid, String signal) {
        try {
            watchList.write(signal + " " + pid + "\n");
            watchList.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The orphan reaper is gone", e);
        }
    }

    /**
     * Ends the reaper without letting it signal anything: called once everything it watches has stopped, when its
     * pids may already belong to other processes.
     */
    synchronized void close() {
        reaper.destroy();
        try {
            reaper.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
