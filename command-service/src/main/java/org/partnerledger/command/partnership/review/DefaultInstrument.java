package org.partnerledger.command.partnership.review;

import org.partnerledger.events.ReviewCategory;
import org.partnerledger.events.ReviewFactor;
import org.partnerledger.events.ReviewItem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PartnerLedger's own review instrument, used until a partnership adopts another: one category per practice of the
 * guide, each with a factor of one to three questions. It is data: a change to it is a new version, never an edit.
 */
final class DefaultInstrument {

    static final String ID = "partnerledger-practices";
    static final String VERSION = "1";

    /** Category key, name, then the items' keys and questions in pairs. */
    private static final String[][] TABLE = {
        {"communication", "Communication",
            "communication-channels", "Do partners know where and how partnership news is shared?",
            "communication-timely", "Do partners hear about changes that affect them in time to act?"},
        {"shared-vision", "Shared vision",
            "vision-known", "Could every partner state the partnership's vision and goals?",
            "vision-guides", "Does the vision guide what the partnership decides?"},
        {"roles", "Roles and responsibilities",
            "roles-clear", "Is it clear who is responsible and who is accountable for each area of work?",
            "roles-coordinator", "Does the coordinator have what the role needs?"},
        {"meeting-cadence", "Meeting cadence",
            "meetings-regular", "Do partners meet as often as the work needs?",
            "meetings-useful", "Do meetings end with decisions and actions recorded?"},
        {"conflict-process", "Conflict process",
            "conflict-raised", "Can a partner raise a disagreement early and safely?",
            "conflict-resolved", "Are conflicts resolved by the agreed process?"},
        {"agreements", "Agreements",
            "agreements-current", "Do the partnership's agreements reflect how it works today?"},
        {"shared-metrics", "Shared metrics",
            "metrics-agreed", "Do all partners agree on what is measured and why?",
            "metrics-used", "Are the metrics used to adjust the work?"},
        {"reporting", "Regular reporting",
            "reporting-regular", "Do partners and stakeholders get progress updates on a steady schedule?"},
        {"stories", "Telling the story",
            "stories-shared", "Does the partnership share the stories behind its numbers?",
            "stories-consent", "Are stories told only with the consent of the people in them?"},
        {"celebrating-wins", "Celebrating wins",
            "wins-celebrated", "Does the partnership publicly celebrate what it achieves?"},
        {"continuous-evaluation", "Continuous evaluation",
            "evaluation-adjusts", "Does the partnership change course when something is not working?",
            "evaluation-honest", "Are partners open about challenges and limitations?"},
    };

    static final List<ReviewCategory> CATEGORIES = Arrays.stream(TABLE).map(DefaultInstrument::category).toList();

    private DefaultInstrument() {
    }

    private static ReviewCategory category(String[] row) {
        List<ReviewItem> items = new ArrayList<>();
        for (int i = 2; i < row.length; i += 2) {
            items.add(new ReviewItem(row[i], row[i + 1]));
        }
        ReviewFactor practice = new ReviewFactor(row[0] + "-practice", row[1], List.copyOf(items));
        return new ReviewCategory(row[0], row[1], List.of(practice));
    }
}
