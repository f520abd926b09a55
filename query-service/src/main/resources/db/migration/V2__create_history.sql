-- The auditors' history. history_stream.version is the sequence of the last event applied per partnership: the
-- projection skips what is at or below it and refuses what is beyond the next.
create table history_stream (
    partnership_id uuid   primary key,
    version        bigint not null
);

create table history_event (
    partnership_id uuid        not null references history_stream,
    sequence       bigint      not null,
    event_id       uuid        not null,
    type           text        not null,
    revision       integer     not null,
    occurred_at    timestamptz not null,
    actor          text,
    correlation_id text,
    data           jsonb       not null,
    primary key (partnership_id, sequence)
);
