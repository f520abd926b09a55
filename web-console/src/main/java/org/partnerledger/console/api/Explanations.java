package org.partnerledger.console.api;

import java.util.Map;

/** Plain words for the refusals people meet in the console; the stable code is shown beside them. */
public final class Explanations {

    private static final Map<String, String> BY_CODE = Map.of(
            "COMMAND_NOT_PERMITTED", "Your organisation may not do this in this partnership: only the coordinating "
                    + "partner may, or the partner it concerns.",
            "FORBIDDEN", "Your role may not see or do this.",
            "PARTNERSHIP_NOT_FOUND", "There is no such partnership, or it has not admitted your organisation. "
                    + "A partnership formed a moment ago may take a few seconds to appear.",
            "VALIDATION_FAILED", "Some fields need attention; see the messages beside them.",
            "VERSION_CONFLICT", "The partnership changed meanwhile; reload the page and try again.",
            "RATE_LIMITED", "Too many requests this minute; wait a moment and try again.",
            "COORDINATOR_NOT_YOUR_ORGANISATION", "The coordinating partner must be your own organisation.");

    private Explanations() {
    }

    public static String of(Problem problem) {
        String known = BY_CODE.get(problem.code());
        if (known != null) {
            return known;
        }
        return problem.detail().isBlank() ? problem.title() : problem.detail();
    }
}
