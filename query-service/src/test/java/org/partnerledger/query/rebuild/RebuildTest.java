package org.partnerledger.query.rebuild;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

import javax.sql.DataSource;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** One rebuild at a time, and one that fails never switches; {@code RebuildOnRealServerTest} runs a whole one. */
class RebuildTest {

    private final ShadowSchema schema = mock(ShadowSchema.class);
    private final ShadowReadModels shadow = mock(ShadowReadModels.class);
    private final Rebuild rebuild = new Rebuild(schema, shadow, mock(KafkaListenerEndpointRegistry.class),
            mock(DataSource.class), mock(KafkaAdmin.class));

    @Test
    void aSecondRebuildIsRefusedWhileOneRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(invocation -> {
            release.await();
            throw new IllegalStateException("stopped by the test");
        }).when(schema).dropShadow();
        rebuild.start();

        assertThatThrownBy(rebuild::start).isInstanceOfSatisfying(RebuildRejection.class,
                rejection -> assertThat(rejection.code()).isEqualTo("REBUILD_RUNNING"));
        assertThat(rebuild.progress().state()).isEqualTo(RebuildState.REBUILDING);
        release.countDown();
    }

    @Test
    void aRebuildThatFailsSaysWhyAndNeverSwitches() {
        doThrow(new IllegalStateException("no topic")).when(shadow).start(anyString());
        when(schema.shadowEvents()).thenReturn(Map.of());

        rebuild.start();

        await().until(() -> rebuild.progress().state() == RebuildState.FAILED);
        assertThat(rebuild.progress().failure()).isEqualTo("no topic");
        assertThat(rebuild.progress().finishedAt()).isNotNull();
        verify(schema, never()).switchTo(anyString());
    }
}
