package org.partnerledger.query.rebuild;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.kafka.clients.admin.Admin;
import org.partnerledger.query.projection.ReadModelsConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Rebuilds every read model into the shadow schema while the live ones keep answering, then switches (ADR 18): once
 * the shadow has reached the live positions, the live listeners pause, the shadow catches up with all they applied,
 * its read models stop, the two schemas' tables are compared, the shadow becomes {@code public} in one transaction,
 * the pool's connections are renewed and the live listeners resume on the new tables.
 */
@Component
class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration TICK = Duration.ofMillis(500);
    private static final Duration PAUSE_PATIENCE = Duration.ofMinutes(2);
    private static final Duration CATCH_UP_PATIENCE = Duration.ofMinutes(10);

    private final ShadowSchema schema;
    private final ShadowReadModels shadow;
    private final KafkaListenerEndpointRegistry liveListeners;
    private final DataSource dataSource;
    private final KafkaAdmin kafkaAdmin;
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.IDLE);

    Rebuild(ShadowSchema schema, ShadowReadModels shadow, KafkaListenerEndpointRegistry liveListeners,
            DataSource dataSource, KafkaAdmin kafkaAdmin) {
        this.schema = schema;
        this.shadow = shadow;
        this.liveListeners = liveListeners;
        this.dataSource = dataSource;
        this.kafkaAdmin = kafkaAdmin;
    }

    RebuildProgress progress() {
        return progress.get();
    }

    RebuildProgress start() {
        RebuildProgress current = progress.get();
        RebuildProgress started = RebuildProgress.started(Instant.now());
        if (current.state().running() || !progress.compareAndSet(current, started)) {
            throw RebuildRejection.alreadyRunning();
        }
        Thread worker = new Thread(this::run, "rebuild");
        worker.setDaemon(true);
        worker.start();
        return started;
    }

    private void run() {
        String run = Long.toString(progress.get().startedAt().toEpochMilli());
        ConfigurableApplicationContext readModels = null;
        boolean paused = false;
        try {
            schema.dropShadow();
            readModels = shadow.start("rebuild-" + run);
            waitFor(schema::caughtUp, null);
            update(progress.get().in(RebuildState.SWITCHING));
            paused = true;
            pauseLiveListeners();
            waitFor(schema::caughtUp, CATCH_UP_PATIENCE);
            readModels.close();
            readModels = null;
            forgetShadowGroup("rebuild-" + run);
            Map<String, Long> differing = schema.differingRows();
            String retired = "retired_" + run;
            schema.switchTo(retired);
            renewConnections();
            resumeLiveListeners();
            paused = false;
            schema.drop(retired);
            progress.set(progress.get().done(differing, Instant.now()));
            log.info("Rebuild done: {} events; rows that differed: {}", progress.get().eventsDone(), differing);
        } catch (Exception e) {
            fail(e);
        } catch (Error e) {
            fail(e);
            throw e;
        } finally {
            if (readModels != null) {
                readModels.close();
            }
            if (paused) {
                resumeLiveListeners();
            }
            if (progress.get().state() == RebuildState.FAILED) {
                dropShadowQuietly();
            }
        }
    }

    private void fail(Throwable cause) {
        log.error("Rebuild failed; the live read models go on as they were", cause);
        progress.set(progress.get().failed(String.valueOf(cause.getMessage()), Instant.now()));
    }

    /** Counts the progress at every tick until the condition holds; without patience, for as long as it takes. */
    private void waitFor(BooleanSupplier condition, Duration patience) throws InterruptedException {
        Instant deadline = patience == null ? Instant.MAX : Instant.now().plus(patience);
        while (true) {
            update(progress.get());
            if (condition.getAsBoolean()) {
                update(progress.get());
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the shadow read models did not catch up within " + patience);
            }
            Thread.sleep(TICK.toMillis());
        }
    }

    private void update(RebuildProgress current) {
        long total = schema.events(ShadowSchema.LIVE).values().stream().mapToLong(Long::longValue).max().orElse(0);
        progress.set(current.counted(schema.shadowEvents(), total, Instant.now()));
    }

    /** A container is paused once the batch it was applying has committed, so the live positions then stand still. */
    private void pauseLiveListeners() throws InterruptedException {
        liveListeners.getListenerContainers().forEach(MessageListenerContainer::pause);
        Instant deadline = Instant.now().plus(PAUSE_PATIENCE);
        while (!liveListeners.getListenerContainers().stream().allMatch(MessageListenerContainer::isContainerPaused)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the live listeners did not pause within " + PAUSE_PATIENCE);
            }
            Thread.sleep(TICK.toMillis() / 10);
        }
    }

    private void resumeLiveListeners() {
        liveListeners.getListenerContainers().forEach(MessageListenerContainer::resume);
    }

    /**
     * The pool's connections hold prepared statements planned against the retired tables: idle ones are closed now,
     * busy ones when they are returned, and new ones find the new tables by name.
     */
    private void renewConnections() throws SQLException {
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    /** The shadow's consumer group is never joined again: it would only linger in the broker. */
    private void forgetShadowGroup(String prefix) {
        String group = ReadModelsConsumer.group(prefix);
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            admin.deleteConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Could not delete the rebuild's consumer group {}; it holds nothing the service reads", group, e);
        }
    }

    private void dropShadowQuietly() {
        try {
            schema.dropShadow();
        } catch (RuntimeException e) {
            log.warn("Could not drop the shadow schema; the next rebuild drops it", e);
        }
    }
}
