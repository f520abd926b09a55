-- People's display names, as the name and organisation_name claims of their last token gave them (ADR 15): they
-- never enter an event, and an admin erases a row with DELETE /api/people/{subject}. Views show the bare subject
-- where there is none. updated_at is when the names last changed.
create table person_profile (
    subject           text        primary key,
    name              text,
    organisation_name text,
    updated_at        timestamptz not null
);
