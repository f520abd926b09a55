package org.partnerledger.query.rebuild;

import org.partnerledger.web.security.Allow;
import org.partnerledger.web.security.Standing;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilds every read model from the first event while the live ones keep answering (ADR 18). Admins only. */
@RestController
class RebuildController {

    private final Rebuild rebuild;

    RebuildController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** The last rebuild's progress, or {@code IDLE} when none has run since the service started. */
    @GetMapping("/api/admin/rebuild")
    @Allow(Standing.ADMIN)
    RebuildProgress progress() {
        return rebuild.progress();
    }

    /** Starts a rebuild; 409 {@code REBUILD_RUNNING} while one runs. */
    @PostMapping("/api/admin/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Allow(Standing.ADMIN)
    RebuildProgress start() {
        return rebuild.start();
    }
}
