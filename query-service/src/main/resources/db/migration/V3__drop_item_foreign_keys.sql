-- A projection writes a partnership's row before its items in the same transaction, and it is the only writer, so
-- these keys never refused anything; checking them cost a lookup and a row lock per inserted row, and made a
-- rebuild's inserts 1.6 times slower (docs/benchmarks.md).
alter table dashboard_decision drop constraint dashboard_decision_partnership_id_fkey;
alter table dashboard_action drop constraint dashboard_action_partnership_id_fkey;
alter table dashboard_conflict drop constraint dashboard_conflict_partnership_id_fkey;
alter table history_event drop constraint history_event_partnership_id_fkey;
