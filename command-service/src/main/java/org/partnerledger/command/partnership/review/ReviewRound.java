package org.partnerledger.command.partnership.review;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** What the rules need of one review round: its instrument's items and who rated which; a closed round keeps none. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ReviewRound {

    final Set<String> itemKeys = new HashSet<>();
    /** Partner and item, as {@code partner/item}. */
    final Set<String> rated = new HashSet<>();
    boolean closed;

    ReviewRound() {
        // for snapshots
    }

    ReviewRound(Set<String> itemKeys) {
        this.itemKeys.addAll(itemKeys);
    }

    static String rating(String partner, String itemKey) {
        return partner + "/" + itemKey;
    }

    void close() {
        closed = true;
        itemKeys.clear();
        rated.clear();
    }

    /** Equal when every rule would decide alike about them: how the fixture checks that sourcing rebuilds state. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewRound that && closed == that.closed && itemKeys.equals(that.itemKeys)
                && rated.equals(that.rated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemKeys, rated, closed);
    }
}
