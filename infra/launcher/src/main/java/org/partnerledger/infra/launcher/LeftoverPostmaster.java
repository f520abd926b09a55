package org.partnerledger.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A postmaster still running on the launcher's PostgreSQL data directory after the launcher died with it, e.g. when
 * the whole process group got SIGKILL: pg_ctl detaches the postmaster, so it survives, while the orphan reaper that
 * would have stopped it died too. Call only while holding the {@link LauncherLock}: then no live launcher uses the
 * server and it is safe to stop.
 */
final class LeftoverPostmaster {

    private static final long STOP_WAIT_SECONDS = 60;

    private LeftoverPostmaster() {
    }

    /**
     * The pid file names the postmaster and, on its second line, the data directory it serves: a live postgres
     * process under that pid serving this very directory is ours. A stale pid file is PostgreSQL's own concern.
     */
    static Optional<ProcessHandle> runningOn(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).trim().matches("[0-9]{1,10}")
                || !sameDirectory(Path.of(lines.get(1).trim()), dataDirectory)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().filter(command -> command.endsWith("/postgres"))
                        .isPresent());
    }

    /** SIGINT is PostgreSQL's fast shutdown: sessions end, committed data stays, a checkpoint is written. */
    static void stop(ProcessHandle postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", "INT", String.valueOf(postmaster.pid()))
                    .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
            kill.waitFor(10, TimeUnit.SECONDS);
            postmaster.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not signal PostgreSQL (pid " + postmaster.pid() + ")", e);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") left by an earlier run did not"
                    + " stop within " + STOP_WAIT_SECONDS + " s of kill -INT", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL (pid " + postmaster.pid() + ")", e);
        }
    }

    private static boolean sameDirectory(Path recorded, Path dataDirectory) {
        try {
            return Files.isSameFile(recorded, dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }
}
