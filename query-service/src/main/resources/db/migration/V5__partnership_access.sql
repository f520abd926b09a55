-- Who each partnership admits, and in which capacity (COORDINATING, PARTNER, FUNDER, AUDITOR): the access read model
-- (AccessProjection) folds the events on the topic into it with web-support's AccessChange, the fold command-service
-- applies to its own copy, so both sides admit the same people. The HTTP edge reads it before answering (ADR 14).
CREATE TABLE partnership_access (
    partnership_id  VARCHAR(255) NOT NULL,
    organisation_id VARCHAR(255) NOT NULL,
    capacity        VARCHAR(16)  NOT NULL,
    -- the partner's short id when admitted as a partner (or coordinating one), else NULL
    partner_id      VARCHAR(255),
    PRIMARY KEY (partnership_id, organisation_id, capacity)
);
CREATE INDEX partnership_access_partner ON partnership_access (partnership_id, partner_id);

-- The list of partnerships starts from the caller's organisation, which the primary key does not lead with.
create index partnership_access_by_organisation on partnership_access (organisation_id, capacity);

-- access_stream.version is the sequence of the last event applied per partnership, as history_stream's is: the
-- projection skips what is at or below it and refuses what is beyond the next.
create table access_stream (
    partnership_id uuid   primary key,
    version        bigint not null
);
