package org.partnerledger.query.people;

import org.partnerledger.web.security.Allow;
import org.partnerledger.web.security.Standing;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Erasure of a person's profile (ADR 15): the history then shows them by their subject alone. */
@RestController
class PeopleController {

    private final PersonProfiles profiles;

    PeopleController(PersonProfiles profiles) {
        this.profiles = profiles;
    }

    /** Answered alike whether there was a profile or not: erasing twice is erasing once. */
    @DeleteMapping("/api/people/{subject}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Allow(Standing.ADMIN)
    void eraseProfile(@PathVariable String subject) {
        profiles.erase(subject);
    }
}
