package org.partnerledger.command.partnership;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Matches a rejection by its stable code, never by its message. */
final class RejectedWith extends TypeSafeMatcher<PartnershipRejection> {

    private final String code;

    private RejectedWith(String code) {
        this.code = code;
    }

    static RejectedWith rejectedWith(String code) {
        return new RejectedWith(code);
    }

    @Override
    protected boolean matchesSafely(PartnershipRejection rejection) {
        return rejection.code().equals(code);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a partnership rejection with code ").appendValue(code);
    }

    @Override
    protected void describeMismatchSafely(PartnershipRejection rejection, Description mismatch) {
        mismatch.appendText("code was ").appendValue(rejection.code());
    }
}
