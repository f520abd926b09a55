-- The coordinators' dashboard. The partnership row is the summary folded from the events and, in version, the
-- sequence of the last event applied: the projection skips what is at or below it and refuses what is beyond the next.
create table dashboard_partnership (
    partnership_id   uuid        primary key,
    name             text        not null,
    vision_statement text        not null,
    vision_goals     jsonb       not null,
    vision_revision  integer     not null,
    partners         jsonb       not null,
    coordinator      text        not null,
    version          bigint      not null,
    last_activity_at timestamptz not null
);
create index dashboard_partnership_by_activity on dashboard_partnership (last_activity_at desc, partnership_id);

-- Items keep the sequence of the event that created them, to be listed in stream order.
create table dashboard_decision (
    decision_id    uuid        primary key,
    partnership_id uuid        not null references dashboard_partnership,
    sequence       bigint      not null,
    title          text        not null,
    rationale      text        not null,
    decided_by     jsonb       not null,
    recorded_at    timestamptz not null
);
create index dashboard_decision_by_partnership on dashboard_decision (partnership_id, sequence);

-- An action's status is derived when read (overdue comes with time); completed_at awaits the completion event.
create table dashboard_action (
    action_id      uuid        primary key,
    partnership_id uuid        not null references dashboard_partnership,
    sequence       bigint      not null,
    title          text        not null,
    responsible    text        not null,
    accountable    text        not null,
    consulted      jsonb       not null,
    informed       jsonb       not null,
    due_date       date        not null,
    decision_id    uuid,
    assigned_at    timestamptz not null,
    completed_at   timestamptz
);
create index dashboard_action_by_partnership on dashboard_action (partnership_id, sequence);

-- resolved_at awaits the resolution event.
create table dashboard_conflict (
    conflict_id    uuid        primary key,
    partnership_id uuid        not null references dashboard_partnership,
    sequence       bigint      not null,
    subject        text        not null,
    description    text        not null,
    parties        jsonb       not null,
    severity       text        not null,
    logged_at      timestamptz not null,
    resolved_at    timestamptz
);
create index dashboard_conflict_by_partnership on dashboard_conflict (partnership_id, sequence);
