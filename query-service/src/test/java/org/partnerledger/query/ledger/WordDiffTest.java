package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.partnerledger.query.ledger.WordDiff.Run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.ledger.WordDiff.Op.DELETE;
import static org.partnerledger.query.ledger.WordDiff.Op.EQUAL;
import static org.partnerledger.query.ledger.WordDiff.Op.INSERT;

/** The word diff of two statements: the words kept, added and dropped, in runs. */
class WordDiffTest {

    @Test
    void theSameStatementIsOneRunOfEqualWords() {
        assertThat(WordDiff.between("Every family thrives", "Every family thrives"))
                .containsExactly(new Run(EQUAL, "Every family thrives"));
    }

    @Test
    void aWordReplacedIsDroppedAndAddedBetweenTheWordsKept() {
        assertThat(WordDiff.between("Every family reaches a living wage", "Every family reaches a fair wage"))
                .containsExactly(new Run(EQUAL, "Every family reaches a"), new Run(DELETE, "living"),
                        new Run(INSERT, "fair"), new Run(EQUAL, "wage"));
    }

    @Test
    void wordsAddedInTheMiddleAreOneRunOfInsertedWords() {
        assertThat(WordDiff.between("Every family reaches a living wage",
                "Every family in the county reaches a living wage"))
                .containsExactly(new Run(EQUAL, "Every family"), new Run(INSERT, "in the county"),
                        new Run(EQUAL, "reaches a living wage"));
    }

    @Test
    void wordsDroppedAtTheEndAreOneRunOfDeletedWords() {
        assertThat(WordDiff.between("Jobs for all by 2030", "Jobs for all"))
                .containsExactly(new Run(EQUAL, "Jobs for all"), new Run(DELETE, "by 2030"));
    }

    @Test
    void whiteSpaceSeparatesWordsAndIsNotItselfADifference() {
        assertThat(WordDiff.between("  Jobs\tfor   all ", "Jobs for\nall"))
                .containsExactly(new Run(EQUAL, "Jobs for all"));
    }

    @Test
    void fromNothingEveryWordIsInserted() {
        assertThat(WordDiff.between("", "A new vision")).containsExactly(new Run(INSERT, "A new vision"));
        assertThat(WordDiff.between("Old", "")).containsExactly(new Run(DELETE, "Old"));
        assertThat(WordDiff.between("", "")).isEmpty();
    }

    @Test
    void theWordsKeptAreALongestCommonSubsequence() {
        int kept = WordDiff.between("a b c d e", "b a c e d").stream().filter(run -> run.op() == EQUAL)
                .mapToInt(run -> run.text().split(" ").length).sum();

        assertThat(kept).isEqualTo(3);
    }

    @Test
    void wordsDifferingInCaseAreDifferentWords() {
        assertThat(WordDiff.between("Shared vision", "shared vision"))
                .containsExactly(new Run(DELETE, "Shared"), new Run(INSERT, "shared"), new Run(EQUAL, "vision"));
    }
}
