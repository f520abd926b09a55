package org.partnerledger.infra.launcher;

import java.nio.file.Path;

/** Starts PostgreSQL on a data directory and then waits to be killed, as a launcher killed with SIGKILL would. */
public final class PostgresOwner {

    private PostgresOwner() {
    }

    /** @param args the data directory, the port and the log file */
    public static void main(String[] args) throws InterruptedException {
        new LocalPostgres(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2])).start();
        System.out.println("started");
        Thread.currentThread().join();
    }
}
