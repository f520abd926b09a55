package org.partnerledger.infra.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomesTest {

    @Test
    void answersAreOkRefusedOrOfUnknownOutcome() {
        Outcomes outcomes = new Outcomes();

        outcomes.record("k1", answer(201, "{\"version\": 3}"));
        outcomes.record("k2", answer(409, "{\"code\": \"CONCURRENT_MODIFICATION\"}"));
        outcomes.record("k3", answer(503, ""));
        outcomes.record("k4", answer(0, "request timed out"));

        assertThat(outcomes.ok()).containsExactly("k1");
        assertThat(outcomes.refused()).containsExactly("k2");
        assertThat(outcomes.unknown()).containsExactlyInAnyOrder("k3", "k4");
        assertThat(outcomes.errors()).isEqualTo(2);
        assertThat(outcomes.lastError()).isEqualTo("0 request timed out");
    }

    @Test
    void aRepeatAnsweredWithAnotherVersionIsCountedAgainstTheKey() {
        Outcomes outcomes = new Outcomes();

        outcomes.recordRepeat(answer(201, "{\"version\": 3}"), answer(201, "{\"version\": 3}"));
        outcomes.recordRepeat(answer(201, "{\"version\": 5}"), answer(201, "{\"version\": 6}"));
        outcomes.recordRepeat(answer(201, "{\"version\": 7}"), answer(500, "boom"));

        assertThat(outcomes.repeats()).isEqualTo(3);
        assertThat(outcomes.repeatsAnsweredOtherwise()).isEqualTo(1);
        assertThat(outcomes.errors()).isEqualTo(1);
    }

    private static Http.Answer answer(int status, String body) {
        return new Http.Answer(status, body, 1_000_000);
    }
}
