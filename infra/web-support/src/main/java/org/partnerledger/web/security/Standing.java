package org.partnerledger.web.security;

import java.util.Set;

/**
 * Where a caller stands towards what a request addresses: towards a partnership, as its history admits their
 * organisation and as their role lets them act; towards the service as a whole (requests naming no partnership), by
 * their role alone.
 */
public enum Standing {
    COORDINATOR, MEMBER, AUDITOR, FUNDER, ADMIN;

    /** A caller's standing towards the service as a whole. */
    public static Standing of(Role role) {
        return valueOf(role.name());
    }

    /**
     * A caller's standing towards a partnership in which their organisation holds the given capacities, or
     * {@code null} when it admits them in none. A coordinator of another partner organisation acts as a member;
     * admins stand towards no partnership.
     */
    public static Standing towards(Role role, Set<Capacity> held) {
        return switch (role) {
            case COORDINATOR -> held.contains(Capacity.COORDINATING) ? COORDINATOR
                    : held.contains(Capacity.PARTNER) ? MEMBER : null;
            case MEMBER -> held.contains(Capacity.PARTNER) ? MEMBER : null;
            case AUDITOR -> held.contains(Capacity.AUDITOR) ? AUDITOR : null;
            case FUNDER -> held.contains(Capacity.FUNDER) ? FUNDER : null;
            case ADMIN -> null;
        };
    }
}
