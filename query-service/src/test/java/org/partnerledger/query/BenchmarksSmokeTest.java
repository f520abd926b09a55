package org.partnerledger.query;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.RunnerException;
import org.partnerledger.web.testing.JmhSmoke;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarksSmokeTest {

    @Test
    void givenTheModulesBenchmarksWhenEachRunsOneShortIterationThenEachGivesAFigure() throws RunnerException {
        assertThat(JmhSmoke.runOnce("org.partnerledger.query")).hasSize(7).allSatisfy(result ->
                assertThat(result.getPrimaryResult().getSampleCount()).isPositive());
    }
}
