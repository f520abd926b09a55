-- Who did it, as the command side publishes it since access control (docs/security.md, "Who did it"): the actor's
-- role and organisation and the command's id. Events published before carry none, and keep none.
alter table history_event
    add column actor_role         text,
    add column actor_organisation text,
    add column command_id         text;
