-- The ledger's items in rows of their own (ADR 21): an action, a meeting, a metric... each its JSON, written when an
-- event names it; ledger_state.state keeps the rest, a small summary. position orders a partnership's items of a
-- kind as the fold does: by the event that created them. Ledgers stored whole (shape 3) are folded again from the
-- history when next read, and written in rows.
create table ledger_item (
    partnership_id uuid   not null,
    kind           text   not null,
    item_id        text   not null,
    position       bigint not null,
    state          text   not null,
    primary key (partnership_id, kind, item_id)
);
