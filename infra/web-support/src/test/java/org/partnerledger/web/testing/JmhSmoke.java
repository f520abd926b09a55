package org.partnerledger.web.testing;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

/**
 * Runs a module's JMH benchmarks once, briefly and in the test's own JVM, so that the build keeps them runnable;
 * their figures come from {@code ./mvnw -Pjmh} and are never judged in a test.
 */
public final class JmhSmoke {

    private JmhSmoke() {
    }

    /** Every benchmark whose class is in {@code basePackage} or below and is named {@code ...Benchmark}. */
    public static Collection<RunResult> runOnce(String basePackage) throws RunnerException {
        // JMH's machine-wide lock keeps two real measurements apart; a smoke run of one short iteration measures
        // nothing, so a build of another module running at the same moment must not fail it.
        System.setProperty("jmh.ignoreLock", "true");
        return new Runner(new OptionsBuilder()
                .include(basePackage.replace(".", "\\.") + "\\..*Benchmark")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build()).run();
    }
}
