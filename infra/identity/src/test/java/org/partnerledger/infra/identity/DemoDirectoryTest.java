package org.partnerledger.infra.identity;

import org.junit.jupiter.api.Test;
import org.partnerledger.infra.identity.DemoDirectory.DemoUser;
import org.partnerledger.infra.identity.DemoDirectory.Organisation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DemoDirectoryTest {

    private final DemoDirectory directory = DemoDirectory.load();

    @Test
    void everyOrganisationIdIsTheOneEventsDeriveFromItsShortId() {
        assertThat(directory.organisations()).allSatisfy(organisation -> assertThat(organisation.id()).isEqualTo(
                UUID.nameUUIDFromBytes(("partnerledger:organisation:" + organisation.shortId())
                        .getBytes(StandardCharsets.UTF_8)).toString()));
        assertThat(directory.organisations()).extracting(Organisation::shortId)
                .contains("abc", "rcsd", "county", "funder", "audit");
    }

    @Test
    void theDemoUsersHaveOneRoleEachInTheirOrganisation() {
        assertThat(directory.users())
                .extracting(DemoUser::username, DemoUser::role, DemoUser::organisation)
                .containsExactly(
                        tuple("coordinator", "coordinator", "abc"),
                        tuple("member-abc", "member", "abc"),
                        tuple("member-rcsd", "member", "rcsd"),
                        tuple("auditor", "auditor", "audit"),
                        tuple("funder", "funder", "funder"),
                        tuple("admin", "admin", "platform"));
    }
}
