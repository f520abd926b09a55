-- What each partnership's funders may see (FunderFold): its own read model, so nothing private can reach it by a
-- join or a shared column. state holds only the fields the fold copies (docs/adr/0017).
create table funder_record (
    partnership_id uuid  primary key,
    state          jsonb not null
);

-- funder_stream.version is the sequence of the last event applied per partnership, as access_stream's is: the
-- projection skips what is at or below it and refuses what is beyond the next.
create table funder_stream (
    partnership_id uuid   primary key,
    version        bigint not null
);
