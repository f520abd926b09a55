package org.partnerledger.query.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerledger.web.Rejection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryCursorTest {

    private final HistoryCursor cursor = new HistoryCursor(Instant.parse("2027-01-05T15:00:00.123456Z"),
            UUID.fromString("6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10"), 42);

    @Test
    void aCursorDecodesToTheInstantPartnershipAndSequenceItWasEncodedFrom() {
        assertThat(HistoryCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void anEncodedCursorIsSafeInAUrlWithoutEscaping() {
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void noCursorAsksForTheFirstPage() {
        assertThat(HistoryCursor.decode(null)).isNull();
        assertThat(HistoryCursor.decode("")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor", "%%%", "MTIz", "eA", "x"})
    void aCursorNoPageGaveIsAnInvalidParameter(String sent) {
        assertThatThrownBy(() -> HistoryCursor.decode(sent)).isInstanceOf(Rejection.class)
                .extracting(rejection -> ((Rejection) rejection).code()).isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void aCursorWithANegativeSequenceOrAnUnreadableInstantIsAnInvalidParameter() {
        for (String forged : new String[]{"2027-01-05T15:00:00Z|" + UUID.randomUUID() + "|-1",
                "yesterday|" + UUID.randomUUID() + "|1", "2027-01-05T15:00:00Z|not-a-uuid|1"}) {
            String sent = Base64.getUrlEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> HistoryCursor.decode(sent)).as(forged).isInstanceOf(Rejection.class);
        }
    }

    @Test
    void aCursorLongerThanAnyPageGivesIsRefusedBeforeItIsDecoded() {
        assertThatThrownBy(() -> HistoryCursor.decode("A".repeat(10_000))).isInstanceOf(Rejection.class);
    }
}
