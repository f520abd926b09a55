package org.partnerledger.query.rebuild;

import org.partnerledger.web.Rejection;

/** A rebuild that cannot start now. */
final class RebuildRejection extends Rejection {

    private RebuildRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static RebuildRejection alreadyRunning() {
        return new RebuildRejection("REBUILD_RUNNING", CONFLICT, "A rebuild is running; follow it with GET");
    }
}
