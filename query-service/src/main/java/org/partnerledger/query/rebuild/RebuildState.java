package org.partnerledger.query.rebuild;

/** Where a rebuild stands; {@link #IDLE} until the first one starts. */
public enum RebuildState {
    IDLE, REBUILDING, SWITCHING, DONE, FAILED;

    boolean running() {
        return this == REBUILDING || this == SWITCHING;
    }
}
