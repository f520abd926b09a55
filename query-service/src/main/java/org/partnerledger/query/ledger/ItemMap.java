package org.partnerledger.query.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One of the ledger's lists of items by id, in the order they were created, which tells the fold's batch what it
 * added and refuses what the batch was not given. A batch folds into a partial ledger: the items its events name,
 * read from their rows ({@link LedgerItems}). Reading any other item of it, or going over the whole list, would see a
 * list that is not there; that is refused loudly rather than folded wrongly.
 */
final class ItemMap<V> extends LinkedHashMap<String, V> {

    /** The ids created since {@link #takeAdded} was last called. */
    private final transient List<String> added = new ArrayList<>();
    /** The ids a partial list was read with; {@code null} for a whole list. */
    private transient Set<String> given;

    @Override
    public V put(String id, V item) {
        if (!super.containsKey(id)) {
            added.add(id);
        }
        return super.put(id, item);
    }

    @Override
    public V get(Object id) {
        requireGiven(id);
        return super.get(id);
    }

    @Override
    public boolean containsKey(Object id) {
        requireGiven(id);
        return super.containsKey(id);
    }

    @Override
    public Collection<V> values() {
        requireWhole();
        return super.values();
    }

    @Override
    public Set<String> keySet() {
        requireWhole();
        return super.keySet();
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        requireWhole();
        return super.entrySet();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
        requireWhole();
        super.forEach(action);
    }

    @Override
    public V getOrDefault(Object id, V otherwise) {
        V item = get(id);
        return item != null ? item : otherwise;
    }

    // The ways around put and get that would add an item untold or read one unchecked: the fold has no need of them.

    @Override
    public V putIfAbsent(String id, V item) {
        throw untracked();
    }

    @Override
    public V computeIfAbsent(String id, Function<? super String, ? extends V> make) {
        throw untracked();
    }

    @Override
    public V computeIfPresent(String id, BiFunction<? super String, ? super V, ? extends V> change) {
        throw untracked();
    }

    @Override
    public V compute(String id, BiFunction<? super String, ? super V, ? extends V> change) {
        throw untracked();
    }

    @Override
    public V merge(String id, V item, BiFunction<? super V, ? super V, ? extends V> merge) {
        throw untracked();
    }

    @Override
    public void putAll(Map<? extends String, ? extends V> items) {
        throw untracked();
    }

    @Override
    public V remove(Object id) {
        throw untracked();
    }

    /** Every item held, a partial list's too: what a batch writes back. */
    void eachHeld(BiConsumer<String, V> action) {
        super.forEach(action);
    }

    boolean holds(String id) {
        return super.containsKey(id);
    }

    List<String> takeAdded() {
        List<String> taken = List.copyOf(added);
        added.clear();
        return taken;
    }

    /** Marks the list as partial: only these ids (and those the batch creates) may be read. */
    void givenOnly(Set<String> ids) {
        given = ids;
    }

    private void requireGiven(Object id) {
        if (given != null && !given.contains(id) && !super.containsKey(id)) {
            throw new IllegalStateException("The fold read item " + id + ", which its batch's events do not name");
        }
    }

    private static UnsupportedOperationException untracked() {
        return new UnsupportedOperationException("A ledger's items are added with put and read with get");
    }

    private void requireWhole() {
        if (given != null) {
            throw new IllegalStateException("The fold went over a list of which its batch holds only some items");
        }
    }
}
