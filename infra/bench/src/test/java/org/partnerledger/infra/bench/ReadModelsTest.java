package org.partnerledger.infra.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadModelsTest {

    /** As PostgreSQL 17 prints V14's view with {@code pg_get_viewdef(..., true)}. */
    private static final String VIEW = """
             SELECT 'history'::text AS read_model,
                history_stream.partnership_id,
                history_stream.version
               FROM history_stream
            UNION ALL
             SELECT 'access'::text AS read_model,
                access_stream.partnership_id,
                access_stream.version
               FROM access_stream
            UNION ALL
             SELECT 'ledger'::text AS read_model,
                ledger_state.partnership_id,
                ledger_state.version
               FROM ledger_state
            UNION ALL
             SELECT 'funder'::text AS read_model,
                funder_stream.partnership_id,
                funder_stream.version
               FROM funder_stream;""";

    @Test
    void everyReadModelOfTheViewIsNamedOnceInItsOrder() {
        assertThat(ReadModels.names(VIEW)).containsExactly("history", "access", "ledger", "funder");
    }

    @Test
    void aViewWithoutReadModelsIsAnError() {
        assertThatThrownBy(() -> ReadModels.names("SELECT 1")).isInstanceOf(IllegalStateException.class);
    }
}
