package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every revision of the shared vision, the first the one the partnership was formed with; asked for two revisions,
 * the words of the statement that the later one kept, added and dropped.
 *
 * @param diff {@code null} unless two revisions were asked for
 */
public record VisionHistoryView(UUID partnershipId, long version, Instant asOf, boolean stale,
                                List<Revision> revisions, Diff diff) {

    /** @param rationale why it was revised; {@code null} for the first */
    public record Revision(int revision, String statement, List<String> goals, String rationale, Instant at) {
    }

    public record Diff(int from, int to, List<WordDiff.Run> statement) {
    }

    static VisionHistoryView of(Ledger ledger, String from, String to, Instant asOf, boolean stale) {
        List<Revision> revisions = ledger.visions.values().stream().map(vision -> new Revision(vision.revision(),
                vision.statement(), vision.goals(), vision.rationale(), vision.at())).toList();
        return new VisionHistoryView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale, revisions,
                diff(revisions, from, to));
    }

    private static Diff diff(List<Revision> revisions, String from, String to) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null) {
            throw LedgerRejection.invalidParameter("Ask for a diff with both from and to.");
        }
        Revision before = revision(revisions, "from", from);
        Revision after = revision(revisions, "to", to);
        return new Diff(before.revision(), after.revision(), WordDiff.between(before.statement(), after.statement()));
    }

    private static Revision revision(List<Revision> revisions, String name, String asked) {
        int number;
        try {
            number = Integer.parseInt(asked.strip());
        } catch (NumberFormatException unreadable) {
            throw LedgerRejection.invalidParameter(name + " must be a revision number.");
        }
        return revisions.stream().filter(revision -> revision.revision() == number).findFirst()
                .orElseThrow(() -> LedgerRejection.invalidParameter(name + ": the vision has no revision " + number
                        + " here."));
    }
}
