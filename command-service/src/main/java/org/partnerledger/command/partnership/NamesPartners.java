package org.partnerledger.command.partnership;

import java.util.Collection;

/**
 * A command that names partners of its partnership (as deciders, owners, parties, attendees...). The partnership
 * checks, before any of its parts decides, that every one named is one of its current partners and that none is
 * named twice in a list that must name distinct partners; a part then only keeps the rules of its own practice.
 */
public interface NamesPartners {

    /** Every partner id the command names, repetitions included. */
    Collection<String> partnersNamed();
}
