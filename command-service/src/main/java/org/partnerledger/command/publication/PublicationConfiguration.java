package org.partnerledger.command.publication;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.partnerledger.command.eventstore.StoreTail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;

import java.util.concurrent.TimeUnit;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicationProperties.class)
class PublicationConfiguration {

    /** Unlimited retention: the topic is the log every read model can be rebuilt from. */
    @Bean
    NewTopic partnershipEventsTopic(PublicationProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }

    /**
     * One segment to start with, and a thread for each segment the store holds, for the reasons application.yml
     * gives beside the settings. It reads the store by itself (ADR 25), or through the event store's shared reader
     * as Axon comes. The reader is looked up when the processor starts: it needs the store, which needs Axon's
     * configuration, which this module is part of.
     */
    @Bean
    ConfigurerModule publisherProcessor(PublicationProperties properties, ObjectProvider<StoreTail> tail) {
        PublicationProperties.Publisher publisher = properties.publisher();
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(
                KafkaEventPublisher.PROCESSING_GROUP,
                axon -> publisher.sharedReader() ? axon.eventStore() : tail.getObject(),
                axon -> TrackingEventProcessorConfiguration
                        .forParallelProcessing(segmentsHeld(axon.getComponent(TokenStore.class),
                                axon.getComponent(TransactionManager.class)))
                        .andInitialSegmentsCount(1)
                        .andBatchSize(publisher.batchSize())
                        .andEventAvailabilityTimeout(publisher.idleWait().toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * A segment without a thread is never published, and a thread without a segment keeps Axon's launcher waking ten
     * times a second (it sleeps in 100 ms steps between its tries to claim one) for as long as the service runs, at
     * rest too: one thread for a new store, as many as an older store was split into. A second instance's thread
     * waits so for a segment the first lets go.
     */
    private static int segmentsHeld(TokenStore tokens, TransactionManager transactions) {
        int[] segments = transactions.fetchInTransaction(
                () -> tokens.fetchSegments(KafkaEventPublisher.PROCESSING_GROUP));
        return Math.max(1, segments.length);
    }

    /**
     * Axon's default for event handlers logs a failure and moves on, which here would drop an event from every read
     * model for ever. Propagating makes the processor retry the batch from its last token instead.
     */
    @Bean
    ConfigurerModule publisherFailuresPropagate() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                KafkaEventPublisher.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    /** Off only for the benchmark's Axon-as-it-comes peer, whose tokens commit as Axon's do. */
    @Bean
    @ConditionalOnProperty(name = "partnerledger.kafka.asynchronous-commits", havingValue = "true",
            matchIfMissing = true)
    ConfigurerModule publisherCommitsAsynchronously(JdbcTemplate jdbc) {
        return configurer -> configurer.eventProcessing().registerTransactionManager(
                KafkaEventPublisher.PROCESSING_GROUP,
                configuration -> new AsynchronousCommits(configuration.getComponent(TransactionManager.class), jdbc));
    }
}
