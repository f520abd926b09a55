package org.partnerledger.command.partnership.vision;

import org.partnerledger.web.Rejection;

/** A statement of purpose or a revisiting of the vision refused by one of its rules. */
final class VisionRejection extends Rejection {

    private VisionRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static VisionRejection purposeUnchanged() {
        return new VisionRejection("PURPOSE_UNCHANGED", UNPROCESSABLE,
                "The partnership already states exactly this purpose.");
    }

    static VisionRejection reaffirmationNeedsParticipants() {
        return new VisionRejection("REAFFIRMATION_NEEDS_PARTICIPANTS", UNPROCESSABLE,
                "A vision is reaffirmed by at least one partner.");
    }

    static VisionRejection revisitIntervalOutOfRange(int months, int min, int max) {
        return new VisionRejection("REVISIT_INTERVAL_OUT_OF_RANGE", UNPROCESSABLE,
                "The vision is revisited every %d to %d months, not every %d.".formatted(min, max, months));
    }
}
