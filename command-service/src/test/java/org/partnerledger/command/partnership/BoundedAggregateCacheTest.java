package org.partnerledger.command.partnership;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedAggregateCacheTest {

    @Test
    void aCachedPartnershipOutlivesAGarbageCollection() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        cache.put("partnership", new Object());

        System.gc();

        assertThat(cache.containsKey("partnership")).isTrue();
    }

    @Test
    void aRemovedPartnershipIsGoneAndSaysItWasThere() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        cache.put("partnership", "cached");

        assertThat(cache.remove("partnership")).isTrue();
        assertThat(cache.remove("partnership")).isFalse();
        assertThat((Object) cache.get("partnership")).isNull();
    }
}
