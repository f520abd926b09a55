-- Each partnership's ledger: its state as folded from its events (LedgerFold), with the columns lists sort by.
-- version is the sequence of the last event folded in: the projection skips what is at or below it.
create table ledger_state (
    partnership_id uuid        primary key,
    version        bigint      not null,
    name           text        not null,
    last_event_at  timestamptz not null,
    state          jsonb       not null
);
