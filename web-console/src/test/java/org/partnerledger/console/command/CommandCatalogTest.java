package org.partnerledger.console.command;

import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandCatalogTest {

    private final CommandCatalog catalog = new CommandCatalog();

    @Test
    void givenEveryFormFilledInWhenMappedExpectEachFieldAtItsPathAndNoErrors() {
        List<String> ids = List.of("form-partnership", "record-decision", "assign-action", "complete-action",
                "schedule-meeting", "record-minutes", "log-conflict", "escalate-conflict", "resolve-conflict",
                "agree-conflict-ladder", "revise-vision", "reaffirm-vision", "set-cadence", "define-raci-area",
                "assign-raci-roles", "sign-agreement", "propose-metric", "endorse-metric", "record-measurement",
                "share-story", "record-consent", "celebrate-milestone", "record-check-in", "open-review-round",
                "grant-auditor-access", "record-grant", "reschedule-action", "cancel-action", "approve-minutes",
                "set-revisit-interval", "state-purpose", "admit-partner", "withdraw-partner", "set-metric-target",
                "record-lesson", "record-asset", "issue-progress-report", "disseminate-success",
                "conclude-partnership", "review-agreement", "amend-agreement", "terminate-agreement",
                "reschedule-meeting", "cancel-meeting", "amend-minutes", "correct-minutes", "appoint-coordinator",
                "delegate-collection", "retire-metric", "correct-measurement", "withdraw-consent",
                "adopt-review-instrument", "submit-ratings", "close-review-round", "revoke-auditor-access",
                "withdraw-asset", "amend-metric-target");
        assertThat(catalog.all()).extracting(CommandForm::id).as("every form of the catalog is filled here")
                .containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            CommandForm form = catalog.form(id).orElseThrow(() -> new AssertionError("no form " + id));
            Map<String, List<String>> filled = form.fields().stream().collect(Collectors.toMap(FormField::name,
                    field -> List.of(sample(field.kind()))));

            FormJson.Mapped mapped = FormJson.map(form, filled, ZoneOffset.UTC);

            assertThat(mapped.errors()).as(id).isEmpty();
            assertThat(mapped.body().isEmpty()).as(id).isFalse();
        }
    }

    @Test
    void givenAMemberWhenListingAPartnershipsFormsExpectOnlyThoseAMemberMayIssue() {
        assertThat(catalog.partnershipForms(false)).extracting(CommandForm::id)
                .containsExactly("record-decision", "log-conflict", "share-story", "record-check-in", "record-asset");
    }

    @Test
    void givenACoordinatorWhenListingAPartnershipsFormsExpectThoseWhoseIdIsAFieldButNotThoseAPagePicks() {
        assertThat(catalog.partnershipForms(true)).extracting(CommandForm::id)
                .contains("open-review-round", "adopt-review-instrument", "grant-auditor-access",
                        "revoke-auditor-access")
                .doesNotContain("submit-ratings", "close-review-round", "withdraw-asset", "amend-metric-target");
        CommandForm revocation = catalog.form("revoke-auditor-access").orElseThrow();
        assertThat(revocation.itemVariables()).containsExactly("organisationId");
        assertThat(revocation.linkedItems()).isEmpty();
        assertThat(catalog.form("submit-ratings").orElseThrow().linkedItems()).containsExactly("roundId");
    }

    @Test
    void givenAnItemIdThatIsNoUuidWhenResolvingThePathExpectARefusalSoThatNothingElseReachesThePath() {
        CommandForm completion = catalog.form("complete-action").orElseThrow();

        assertThat(completion.itemVariables()).containsExactly("actionId");
        assertThatThrownBy(() -> completion.resolve(Map.of(
                "partnershipId", "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a01", "actionId", "../../conclusion")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(completion.resolve(Map.of("partnershipId", "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a01",
                "actionId", "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a02")))
                .isEqualTo("/api/partnerships/6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a01/actions/"
                        + "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a02/completion");
    }

    private static String sample(FieldKind kind) {
        return switch (kind) {
            case DATE -> "2027-01-05";
            case DATETIME -> "2027-01-05T15:00";
            case INTEGER -> "3";
            case DECIMAL -> "2.5";
            case BOOLEAN -> "true";
            case LINES -> "one\ntwo";
            case ITEM -> "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a03";
            default -> "abc";
        };
    }
}
