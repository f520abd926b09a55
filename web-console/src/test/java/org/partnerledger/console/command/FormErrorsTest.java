package org.partnerledger.console.command;

import org.junit.jupiter.api.Test;
import org.partnerledger.console.api.Problem;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The problem+json→form mapping: the services' answers, as api.md shapes them, beside the form's fields. */
class FormErrorsTest {

    private static final Set<String> FIELDS = Set.of("name", "vision.statement", "vision.goals", "partners[0].id",
            "partners[0].name", "coordinator");

    @Test
    void givenAValidationProblemWhenMappedExpectEachMessageBesideTheFieldItNames() {
        Problem problem = Problem.parse(400, """
                {"status":400,"code":"VALIDATION_FAILED","title":"Bad Request","detail":"Invalid fields",
                 "errors":[{"field":"name","message":"must not be blank"},
                           {"field":"partners[0].id","message":"must match [a-z0-9-]{2,40}"}]}""");

        FormErrors errors = FormErrors.of(problem, FIELDS);

        assertThat(errors.of("name")).isEqualTo("must not be blank");
        assertThat(errors.of("partners[0].id")).isEqualTo("must match [a-z0-9-]{2,40}");
        assertThat(errors.code()).contains("VALIDATION_FAILED");
    }

    @Test
    void givenAnErrorAboutAMissingGroupWhenMappedExpectItBesideTheGroupsFirstField() {
        Problem problem = Problem.parse(400, """
                {"code":"VALIDATION_FAILED","errors":[{"field":"vision","message":"must not be null"}]}""");

        assertThat(FormErrors.of(problem, FIELDS).of("vision.goals")).isEqualTo("must not be null");
    }

    @Test
    void givenARuleOfThePartnershipWhenMappedExpectTheServicesDetailAboveTheFormWithItsCode() {
        Problem problem = Problem.parse(422, """
                {"status":422,"code":"DUE_DATE_IN_PAST","detail":"The due date 2020-01-01 has passed."}""");

        FormErrors errors = FormErrors.of(problem, FIELDS);

        assertThat(errors.summary()).contains("The due date 2020-01-01 has passed.");
        assertThat(errors.code()).contains("DUE_DATE_IN_PAST");
        assertThat(errors.byField()).isEmpty();
    }

    @Test
    void givenAMembersCommandThatIsNotTheirsWhenMappedExpectAPlainExplanationOfThePermission() {
        Problem problem = Problem.parse(403, """
                {"status":403,"code":"COMMAND_NOT_PERMITTED","detail":"Not permitted"}""");

        assertThat(FormErrors.of(problem, FIELDS).summary().orElseThrow()).startsWith("Your organisation may not do this");
    }

    @Test
    void givenAFieldTheFormDoesNotHaveWhenMappedExpectItInTheSummary() {
        Problem problem = Problem.parse(400, """
                {"code":"UNKNOWN_FIELD","detail":"Unknown field 'x'.","errors":[{"field":"x","message":"unknown field"}]}""");

        assertThat(FormErrors.of(problem, FIELDS).summary().orElseThrow()).endsWith("x: unknown field.");
    }

    @Test
    void givenABodyThatIsNoProblemWhenParsedExpectAProblemNamedByItsStatus() {
        assertThat(Problem.parse(502, "<html>Bad gateway</html>").code()).isEqualTo("HTTP_502");
    }
}
