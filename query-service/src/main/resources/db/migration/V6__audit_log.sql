-- Denied requests and refused commands (docs/security.md): who, what, when, outcome; never a body or a token.
CREATE TABLE audit_log (
    id              BIGSERIAL PRIMARY KEY,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    subject         VARCHAR(255),
    role            VARCHAR(32),
    organisation_id VARCHAR(255),
    method          VARCHAR(16)  NOT NULL,
    path            TEXT         NOT NULL,
    partnership_id  VARCHAR(255),
    status          INTEGER      NOT NULL,
    code            VARCHAR(64)
);
CREATE INDEX audit_log_partnership ON audit_log (partnership_id, id);
