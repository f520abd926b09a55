package org.partnerledger.query.people;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnerledger.query.RunningQueryService;
import org.partnerledger.web.testing.TestCaller;
import org.partnerledger.web.testing.TestIssuer;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.fixtures.EventRecords.headers;
import static org.partnerledger.query.fixtures.EventRecords.json;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.EventRecords.sentBy;
import static org.partnerledger.query.fixtures.SampleEvents.formed;

/**
 * People's display names (ADR 15): kept from the token of whoever calls, written only when they change, erased by
 * an admin, after which the history knows the person by their subject alone. Each test signs in a person of its own.
 */
class PersonProfilesTest extends RunningQueryService {

    private final String subject = "auth0|" + UUID.randomUUID();

    @Test
    void theNamesOfWhoeverCallsAreKeptFromTheirToken() {
        signInAs("Ada Lovelace", "Action for a Better Community");

        assertThat(profile()).contains(Map.of("name", "Ada Lovelace",
                "organisation_name", "Action for a Better Community"));
    }

    /** The row is changed behind the service's back: a request that wrote anything would put the token's back. */
    @Test
    void aSteadyPersonsRequestsWriteNothing() {
        signInAs("Ada Lovelace", "ABC");
        jdbc.sql("update person_profile set name = 'Changed elsewhere' where subject = ?").param(subject).update();

        signInAs("Ada Lovelace", "ABC");

        assertThat(profile()).get().extracting(row -> row.get("name")).isEqualTo("Changed elsewhere");
    }

    @Test
    void changedNamesAreWrittenWithTheNextRequest() {
        signInAs("Ada Lovelace", "ABC");

        signInAs("Ada King", "ABC");

        assertThat(profile()).contains(Map.of("name", "Ada King", "organisation_name", "ABC"));
    }

    @Test
    void aTokenWithoutNamesKeepsNoProfile() {
        assertThat(readAs(TestCaller.COORDINATOR.bearer(), "/api/partnerships").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(profileOf(TestCaller.COORDINATOR.subject())).isEmpty();
    }

    @Test
    void anAdminErasesAProfileAndTheHistoryThenShowsTheBareSubject() throws Exception {
        UUID partnership = UUID.randomUUID();
        KAFKA.publish(producerRecord(partnership.toString(), json(formed(partnership)), sentBy(
                headers(formed(partnership), 0), subject, "coordinator", TestCaller.COORDINATOR.organisationId())));
        awaitProjected(partnership, 0);
        signInAs("Ada Lovelace", "ABC");
        assertThat(formation(partnership).get("actorName").asText()).isEqualTo("Ada Lovelace");

        assertThat(erase(subject)).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode formation = formation(partnership);
        assertThat(formation.get("actor").asText()).isEqualTo(subject);
        assertThat(formation.get("actorName").isNull()).isTrue();
        assertThat(profile()).isEmpty();
    }

    @Test
    void erasingAProfileThatIsNotThereIsErasingItToo() {
        assertThat(erase(subject)).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** A request of a person whose token names them, as the identity provider would issue it. */
    private void signInAs(String name, String organisationName) {
        String token = TestIssuer.token(claims -> claims.subject(subject).claim("role", "coordinator")
                .claim("organisation", TestCaller.COORDINATOR.organisationId()).claim("name", name)
                .claim("organisation_name", organisationName));
        assertThat(readAs("Bearer " + token, "/api/partnerships").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus erase(String erased) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, TestCaller.ADMIN.bearer());
        return HttpStatus.valueOf(rest.exchange("/api/people/{subject}", HttpMethod.DELETE, new HttpEntity<>(headers),
                Void.class, erased).getStatusCode().value());
    }

    /** Read by the coordinator, whose token names no one: reading changes no profile. */
    private JsonNode formation(UUID partnership) {
        return readAs(TestCaller.COORDINATOR.bearer(), "/api/partnerships/" + partnership + "/history").getBody()
                .at("/events/0");
    }

    private Optional<Map<String, Object>> profile() {
        return profileOf(subject);
    }

    private Optional<Map<String, Object>> profileOf(String profiled) {
        return jdbc.sql("select name, organisation_name from person_profile where subject = ?").param(profiled)
                .query().listOfRows().stream().findFirst();
    }
}
