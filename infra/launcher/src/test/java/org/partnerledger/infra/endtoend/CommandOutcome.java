package org.partnerledger.infra.endtoend;

/** What a client learnt from sending a command: it was stored, it was refused, or it cannot tell. */
enum CommandOutcome {
    /** 2xx: the command's event is stored, exactly once. */
    OK,
    /** 4xx: nothing of the command is stored. */
    REFUSED,
    /** 5xx, timeout or broken connection: stored at most once. */
    UNKNOWN;

    static CommandOutcome of(int status) {
        if (status >= 200 && status < 300) {
            return OK;
        }
        return status >= 400 && status < 500 ? REFUSED : UNKNOWN;
    }
}
