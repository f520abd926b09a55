package org.partnerledger.command.partnership;

import java.util.Optional;

/**
 * The decisions partnerships have recorded, and which of them were superseded. A partnership asks here rather than
 * keeping every decision id in its own state, which would grow with its history in every cached copy and every
 * snapshot.
 */
@FunctionalInterface
public interface Decisions {

    boolean recorded(String partnershipId, String decisionId);

    /**
     * The decision that superseded a recorded one, if any. A lookup that only knows which decisions exist (a test's
     * stand-in written as a lambda) cannot tell, and says so rather than answering "not superseded".
     */
    default Optional<String> supersededBy(String partnershipId, String decisionId) {
        throw new UnsupportedOperationException("This lookup does not know which decisions were superseded");
    }
}
