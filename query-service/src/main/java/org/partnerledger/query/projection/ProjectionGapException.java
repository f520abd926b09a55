package org.partnerledger.query.projection;

import java.util.UUID;

/**
 * An event arrived before one that precedes it in its stream. Projecting it would leave a hole, so the partition
 * stops here and retries; it is never skipped.
 */
public class ProjectionGapException extends RuntimeException {

    public ProjectionGapException(String readModel, UUID partnershipId, long lastApplied, long sequence) {
        super("%s: partnership %s is at sequence %d and cannot apply %d before %d".formatted(
                readModel, partnershipId, lastApplied, sequence, lastApplied + 1));
    }
}
