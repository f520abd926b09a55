package org.partnerledger.events;

import java.util.List;

/**
 * The partnership's shared vision: a statement and the goals that make it concrete.
 *
 * @param statement the vision statement
 * @param goals     the goals, in the order the partners ranked them
 */
public record Vision(String statement, List<String> goals) {
}
