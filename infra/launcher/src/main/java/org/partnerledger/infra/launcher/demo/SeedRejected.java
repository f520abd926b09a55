package org.partnerledger.infra.launcher.demo;

/** A request of a seed script that the services did not accept: the seed stops at once, with the answer it got. */
public final class SeedRejected extends RuntimeException {

    SeedRejected(String script, SeedScript.Step step, int status, String problem) {
        super("%s: %s was answered %d %s".formatted(script, step, status, problem));
    }
}
