package org.partnerledger.infra.endtoend;

/**
 * One logical command of the load and the latest outcome its client saw; retries reuse its key.
 *
 * @param key     the Idempotency-Key, unique per logical command
 * @param sender  the demo user who sends it, and every retry of it: a key belongs to the subject who sent it
 * @param method  POST or PUT
 * @param path    the command's path
 * @param body    the JSON body
 * @param outcome the latest outcome
 * @param partnershipId the partnership formed, for a formation that came back OK; otherwise the one addressed
 * @param events  how many events the command stores when it is accepted (a resolution that records its decision
 *                stores two)
 */
record SentCommand(String key, String sender, String method, String path, String body, CommandOutcome outcome,
                   String partnershipId, int events) {

    SentCommand(String key, String sender, String method, String path, String body, CommandOutcome outcome,
                String partnershipId) {
        this(key, sender, method, path, body, outcome, partnershipId, 1);
    }

    SentCommand after(CommandOutcome retried, String formedId) {
        return new SentCommand(key, sender, method, path, body, retried,
                formedId == null ? partnershipId : formedId, events);
    }
}
