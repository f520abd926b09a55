package org.partnerledger.command.partnership;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.partnerledger.web.Rejection;

/** Matches a rejection by its stable code, never by its message. */
public final class RejectedWith extends TypeSafeMatcher<Rejection> {

    private final String code;

    private RejectedWith(String code) {
        this.code = code;
    }

    public static RejectedWith rejectedWith(String code) {
        return new RejectedWith(code);
    }

    @Override
    protected boolean matchesSafely(Rejection rejection) {
        return rejection.code().equals(code);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a rejection with code ").appendValue(code);
    }

    @Override
    protected void describeMismatchSafely(Rejection rejection, Description mismatch) {
        mismatch.appendText("code was ").appendValue(rejection.code());
    }
}
