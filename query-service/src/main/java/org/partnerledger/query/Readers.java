package org.partnerledger.query;

import org.partnerledger.web.security.Capacity;
import org.partnerledger.web.security.Role;
import org.partnerledger.web.security.Standing;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.support.SqlArrayValue;

import java.util.EnumSet;
import java.util.Set;

/**
 * The partnerships a reader stands in, for reads that span partnerships (the history across them, the
 * portfolio): joined in SQL from the access read model, so that a partnership the caller may not see is never
 * read, let alone answered. Beside the read models rather than in one: the history and the ledger both ask it, and
 * no read model depends on another.
 */
public final class Readers {

    /**
     * The partnerships admitting {@code :organisation} in one of {@code :capacities}, as a subquery of ids.
     */
    public static final String PARTNERSHIPS = """
            (select distinct partnership_id::uuid from partnership_access
              where organisation_id = :organisation and capacity = any(:capacities))""";

    private Readers() {
    }

    /**
     * The capacities in which a partnership admits a person of this role as a reader ({@link Standing#towards},
     * read the other way): a coordinator stands in the partnerships their organisation coordinates or is a
     * partner of; funders and admins read none of these views.
     */
    static Set<Capacity> capacities(Role role) {
        return switch (role) {
            case COORDINATOR -> EnumSet.of(Capacity.COORDINATING, Capacity.PARTNER);
            case MEMBER -> EnumSet.of(Capacity.PARTNER);
            case AUDITOR -> EnumSet.of(Capacity.AUDITOR);
            case FUNDER, ADMIN -> EnumSet.noneOf(Capacity.class);
        };
    }

    /** The parameters {@link #PARTNERSHIPS} names, for a reader of this organisation and role. */
    public static MapSqlParameterSource parameters(String organisationId, Role role) {
        return parameters(organisationId, capacities(role));
    }

    /** The parameters {@link #PARTNERSHIPS} names, for an organisation in these capacities. */
    public static MapSqlParameterSource parameters(String organisationId, Set<Capacity> capacities) {
        return new MapSqlParameterSource()
                .addValue("organisation", organisationId)
                .addValue("capacities", new SqlArrayValue("text", capacities.stream().map(Capacity::name)
                        .toArray()));
    }
}
