package org.partnerledger.command.publication;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The publisher's transactions (its token, after the broker acknowledged the batch) commit without waiting for
 * PostgreSQL to flush its log. A crash of PostgreSQL may then lose the last token updates, and the publisher sends
 * those events again: at least once, which the contract allows and the read models absorb by sequence. In return
 * the publisher no longer queues behind the commands' flushes for every batch (ADR 0007).
 */
final class AsynchronousCommits implements TransactionManager {

    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    AsynchronousCommits(TransactionManager transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = transactions.startTransaction();
        try {
            // Runs on the transaction's connection, and only for this transaction.
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return transaction;
    }
}
