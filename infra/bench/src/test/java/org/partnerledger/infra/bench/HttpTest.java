package org.partnerledger.infra.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HttpTest {

    @Test
    void linesAreCountedAcrossChunksWithOrWithoutAFinalNewline() {
        Http.LineCounter counter = new Http.LineCounter();
        add(counter, "{\"sequence\":0}\n{\"seq");
        add(counter, "uence\":1}\r\n\n");
        add(counter, "{\"sequence\":2}");

        assertThat(counter.lines()).isEqualTo(3);
        assertThat(counter.bytes()).isEqualTo(46);
    }

    @Test
    void anEmptyBodyHasNoLines() {
        Http.LineCounter counter = new Http.LineCounter();
        add(counter, "");
        add(counter, "\r\n");

        assertThat(counter.lines()).isZero();
    }

    private static void add(Http.LineCounter counter, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        counter.add(bytes, bytes.length);
    }
}
