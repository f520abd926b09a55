package org.partnerledger.query.people;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The profiles this instance wrote last, for the people who called it most recently: a steady user's requests then
 * write nothing. Bounded, the least recently seen forgotten first; a forgotten person costs one upsert that finds
 * their row unchanged.
 */
final class RecentlyWritten {

    private final Map<String, Profile> profiles;

    RecentlyWritten(int capacity) {
        this.profiles = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Profile> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean holds(String subject, Profile profile) {
        return profile.equals(profiles.get(subject));
    }

    synchronized void remember(String subject, Profile profile) {
        profiles.put(subject, profile);
    }

    synchronized void forget(String subject) {
        profiles.remove(subject);
    }
}
