package org.partnerledger.command.partnership;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps deciding fast on partnerships with long histories: a snapshot every few hundred events bounds what a load
 * replays, and a cache of recently used partnerships skips the load altogether. A cached partnership that another
 * instance has moved on is caught by the event store's unique key and decided again.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    SnapshotTriggerDefinition partnershipSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${partnerledger.snapshot-every:250}") int events) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, events);
    }

    @Bean
    Cache partnershipCache() {
        return new WeakReferenceCache();
    }
}
