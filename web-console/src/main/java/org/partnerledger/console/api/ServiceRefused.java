package org.partnerledger.console.api;

/** A read the service refused: the page shows what the problem says instead of the page. */
public final class ServiceRefused extends RuntimeException {

    private final transient Problem problem;

    public ServiceRefused(Problem problem) {
        super(problem.status() + " " + problem.code());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
