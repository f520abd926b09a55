-- Actions and conflicts change after they are recorded: an action is completed, rescheduled, reassigned or
-- cancelled; a conflict is resolved and may be reopened. cancelled_at joins completed_at as a way for an action
-- to close.
alter table dashboard_action add column cancelled_at timestamptz;
