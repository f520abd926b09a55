package org.partnerledger.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderChecksTest {

    @Test
    void everyCodePointIsJudgedAsSpringsExpressionsJudgeIt() {
        List<Integer> disagreeing = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .filter(c -> disagree(Character.toString(c)))
                .boxed().toList();

        assertThat(disagreeing).isEmpty();
    }

    @Test
    void wholeValuesAreJudgedAsSpringsExpressionsJudgeThem() {
        List<String> values = List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "a\tb", "\t", "a\u0000b", "key\u0085",
                "é ∑ 🎉", "\ud83c", "x\ud83cy", "\udf89\ud83c", "\u0378", "\u007f");

        assertThat(values).noneMatch(HeaderChecksTest::disagree);
    }

    private static boolean disagree(String text) {
        return differ(HeaderChecks::assignedWithoutControls, StrictHttpFirewall.ALLOWED_HEADER_NAMES, text)
                || differ(HeaderChecks::headerValue, StrictHttpFirewall.ALLOWED_HEADER_VALUES, text)
                || differ(HeaderChecks::assignedWithoutControls, StrictHttpFirewall.ALLOWED_PARAMETER_NAMES, text);
    }

    private static boolean differ(Predicate<String> ours, Predicate<String> springs, String text) {
        return ours.test(text) != springs.test(text);
    }
}
