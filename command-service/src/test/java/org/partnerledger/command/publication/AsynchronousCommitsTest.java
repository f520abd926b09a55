package org.partnerledger.command.publication;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class AsynchronousCommitsTest extends RunningCommandService {

    @Autowired
    private TransactionManager transactions;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void onlyThePublishersOwnTransactionSkipsTheLogFlush() {
        Transaction publishing = new AsynchronousCommits(transactions, jdbc).startTransaction();
        String inside = synchronousCommit();
        publishing.commit();

        Transaction command = transactions.startTransaction();
        String afterwards = synchronousCommit();
        command.commit();

        assertThat(inside).isEqualTo("off");
        assertThat(afterwards).isEqualTo("on");
    }

    private String synchronousCommit() {
        return jdbc.queryForObject("SHOW synchronous_commit", String.class);
    }
}
