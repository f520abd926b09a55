package org.partnerledger.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A partner organisation as named within one partnership.
 *
 * @param id             the short id the client chose, {@code [a-z0-9-]{2,40}}, unique within the partnership
 * @param name           the organisation's display name
 * @param organisationId the organisation's id beyond this partnership (the one its people's tokens name)
 * @param sector         {@code COMMUNITY_BASED}, {@code FAITH_BASED}, {@code PRIVATE}, {@code PUBLIC} or
 *                       {@code EDUCATIONAL}; {@code null} where the partnership did not say
 */
public record Partner(String id, String name, @Uuid String organisationId, @Nullable String sector) {

    /**
     * The organisation id of a partner whose client gave none: derived from the short id, so that the same short id
     * names the same organisation in every partnership (and in the revision-1 events, which had no organisation id).
     */
    public static String derivedOrganisationId(String partnerId) {
        return UUID.nameUUIDFromBytes(("partnerledger:organisation:" + partnerId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
