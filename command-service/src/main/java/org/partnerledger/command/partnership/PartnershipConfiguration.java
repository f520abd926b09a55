package org.partnerledger.command.partnership;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.util.concurrent.ThreadPoolExecutor;

/**
 * Keeps deciding fast on partnerships with long histories: a snapshot every few hundred events bounds what a load
 * replays, and a cache of recently used partnerships skips the load altogether. A cached partnership that another
 * instance has moved on is caught by the event store's unique key and decided again.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    /** No snapshots at all with {@code snapshot-every: 0}, as Axon comes (the benchmark's second peer). */
    @Bean
    SnapshotTriggerDefinition partnershipSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${partnerledger.snapshot-every:250}") int events) {
        return events > 0 ? new EventCountSnapshotTriggerDefinition(snapshotter, events)
                : NoSnapshotTriggerDefinition.INSTANCE;
    }

    /**
     * Snapshots of another shape than today's are skipped: the partnership is then sourced from its events. The
     * filter matches the aggregate type the store records (the simple class name), which its builder's
     * {@code type(Class)} would not: that takes the full class name and so filters nothing.
     */
    @Bean
    SnapshotFilter partnershipSnapshotFilter() {
        return RevisionSnapshotFilter.builder().type(Partnership.class.getSimpleName())
                .revision(Partnership.SNAPSHOT_REVISION).build();
    }

    /** No cache with {@code aggregate-cache-size: 0}: every command sources its partnership, as Axon comes. */
    @Bean
    Cache partnershipCache(@Value("${partnerledger.aggregate-cache-size:1000}") long partnerships) {
        return partnerships > 0 ? new BoundedAggregateCache(partnerships) : NoCache.INSTANCE;
    }

    /**
     * Decisions are written by a subscribing processor, inside the command's unit of work and transaction, and a
     * failure to write one fails the command: Axon's default handler would log it and store the event regardless.
     */
    @Bean
    ConfigurerModule decisionsRecordedWithTheirEvents() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(RecordedDecisions.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(RecordedDecisions.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * Snapshots are taken after the command has committed, on a thread of their own: Axon's default runs them in
     * the committing thread, so one request in every few hundred waited for a whole snapshot (the tail of the
     * long-history benchmark). A snapshot that finds the queue full is dropped: the next trigger takes it.
     */
    @Bean
    ThreadPoolTaskExecutor snapshotExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("snapshotter-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(100);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    @Bean
    Snapshotter aggregateSnapshotter(Configuration configuration, EventStore eventStore,
                                     TransactionManager transactionManager, ThreadPoolTaskExecutor snapshotExecutor,
                                     HandlerDefinition handlerDefinition,
                                     ParameterResolverFactory parameterResolverFactory) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .eventStore(eventStore)
                .transactionManager(transactionManager)
                .executor(snapshotExecutor)
                .handlerDefinition(handlerDefinition)
                .parameterResolverFactory(parameterResolverFactory)
                .build();
    }
}
