package org.partnerledger.command.eventstore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Two instances deciding on one partnership at once collide on the event store's unique (stream, sequence) key;
 * the loser's command is decided again on the winner's state, a few times, before it is answered with 409. Every
 * other failure, rejections first, is final. {@code partnerledger.command.retries} counts the races retried.
 */
@Configuration(proxyBeanMethods = false)
class CommandRetries {

    private static final int MAX_RETRIES = 3;
    private static final int RETRY_INTERVAL_MILLIS = 25;

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "command-retry"));
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor,
                                  MeterRegistry meters) {
        Counter retried = meters.counter("partnerledger.command.retries");
        IntervalRetryScheduler onlyRaces = new IntervalRetryScheduler(IntervalRetryScheduler.builder()
                .retryExecutor(commandRetryExecutor)
                .maxRetryCount(MAX_RETRIES)
                .retryInterval(RETRY_INTERVAL_MILLIS)) {
            @Override
            protected boolean isExplicitlyNonTransient(Throwable failure) {
                return !(failure instanceof ConcurrencyException);
            }

            @Override
            public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                         List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
                boolean scheduled = super.scheduleRetry(commandMessage, lastFailure, failures, dispatchTask);
                if (scheduled) {
                    retried.increment();
                }
                return scheduled;
            }
        };
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(onlyRaces).build();
    }
}
