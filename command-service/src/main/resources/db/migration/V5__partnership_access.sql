-- Who each partnership admits, and in which capacity (COORDINATING, PARTNER, FUNDER, AUDITOR): written by a
-- subscribing processor in the transaction that stores the events (PartnershipAccess), filled for earlier events by
-- the Java migration V6 (AccessFromHistory). The HTTP edge reads it before a command is sent (ADR 14).
CREATE TABLE partnership_access (
    partnership_id  VARCHAR(255) NOT NULL,
    organisation_id VARCHAR(255) NOT NULL,
    capacity        VARCHAR(16)  NOT NULL,
    -- the partner's short id when admitted as a partner (or coordinating one), else NULL
    partner_id      VARCHAR(255),
    PRIMARY KEY (partnership_id, organisation_id, capacity)
);
CREATE INDEX partnership_access_partner ON partnership_access (partnership_id, partner_id);
