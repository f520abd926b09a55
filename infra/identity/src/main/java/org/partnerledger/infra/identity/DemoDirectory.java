package org.partnerledger.infra.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnerledger.events.Partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo organisations and users, read from {@code demo-directory.json}. Display names live here only: events
 * name organisations and people by id.
 */
public record DemoDirectory(List<Organisation> organisations, List<DemoUser> users) {

    private static final String RESOURCE = "/demo-directory.json";

    /** @param kind what sort of organisation it is, for people reading the list; no claim carries it */
    public record Organisation(String shortId, String name, String kind) {

        /** The id PartnerLedger derives from a partner's short id, so that tokens and events agree. */
        public String id() {
            return Partner.derivedOrganisationId(shortId);
        }
    }

    /** @param organisation the short id of the user's organisation */
    public record DemoUser(String username, String password, UUID subject, String name, String role,
                           String organisation) {
    }

    public DemoDirectory {
        organisations = List.copyOf(organisations);
        users = List.copyOf(users);
        Map<String, Organisation> byShortId = index(organisations, Organisation::shortId);
        index(users, DemoUser::username);
        index(users, DemoUser::subject);
        users.stream().filter(user -> !byShortId.containsKey(user.organisation())).findAny().ifPresent(user -> {
            throw new IllegalArgumentException(user.username() + " belongs to no listed organisation");
        });
    }

    public static DemoDirectory load() {
        try (InputStream json = DemoDirectory.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().readValue(json, DemoDirectory.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    public Optional<DemoUser> user(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    public Optional<DemoUser> userWithSubject(String subject) {
        return users.stream().filter(user -> user.subject().toString().equals(subject)).findFirst();
    }

    public Organisation organisationOf(DemoUser user) {
        return organisations.stream().filter(org -> org.shortId().equals(user.organisation())).findFirst()
                .orElseThrow();
    }

    private static <T, K> Map<K, T> index(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("Listed twice in " + RESOURCE + ": " + key.apply(a));
        }));
    }
}
