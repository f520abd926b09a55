package org.partnerledger.query.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People's display names ({@code person_profile}, ADR 15), kept from their tokens and erased on request. The views
 * that show a name join this table; nothing else holds one.
 */
@Repository
class PersonProfiles {

    /** Some ten thousand people at a few hundred bytes each: the callers of a busy day, in a few MiB. */
    private static final int REMEMBERED = 10_000;

    /** The names only change a row when they differ from it, so its updated_at says when they last changed. */
    private static final String UPSERT = """
            insert into person_profile (subject, name, organisation_name, updated_at)
            values (:subject, :name, :organisationName, now())
            on conflict (subject) do update
               set name = excluded.name, organisation_name = excluded.organisation_name,
                   updated_at = excluded.updated_at
             where (person_profile.name, person_profile.organisation_name)
                   is distinct from (excluded.name, excluded.organisation_name)""";

    private final JdbcClient jdbc;
    private final RecentlyWritten written = new RecentlyWritten(REMEMBERED);

    PersonProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the profile unless this instance wrote the same one for the subject last. */
    void keep(String subject, Profile profile) {
        if (written.holds(subject, profile)) {
            return;
        }
        jdbc.sql(UPSERT)
                .param("subject", subject)
                .param("name", profile.name())
                .param("organisationName", profile.organisationName())
                .update();
        written.remember(subject, profile);
    }

    /**
     * Deletes the person's row and nothing else. Forgetting that it was written lets their next request profile
     * them again, as ADR 15 says a new sign-in does.
     */
    void erase(String subject) {
        jdbc.sql("delete from person_profile where subject = :subject").param("subject", subject).update();
        written.forget(subject);
    }
}
