-- The first dashboard (a summary row, items copied into tables, counts in SQL) is retired: the summary and its
-- lists are read from the ledger, whose figures are defined once (docs/figures.md). The list of partnerships
-- sorts and shows the coordinating partner, so it gets a column of its own beside the ledger.
alter table ledger_state add column coordinator text;
update ledger_state set coordinator = state ->> 'coordinator';
alter table ledger_state alter column coordinator set not null;

-- The ledger as the JSON text it was written as, not jsonb: its items are in the order they came in, which jsonb
-- does not keep (it sorts object keys), and nothing queries inside the document, so PostgreSQL need not parse it.
-- Ledgers stored before are in jsonb's order: their shape (Ledger.SHAPE) says so, and they are folded again from
-- the history when read.
alter table ledger_state alter column state type text using state::text;

drop view read_model_positions;
create view read_model_positions (read_model, partnership_id, version) as
select 'history', partnership_id, version from history_stream
union all select 'access', partnership_id, version from access_stream
union all select 'ledger', partnership_id, version from ledger_state
union all select 'funder', partnership_id, version from funder_stream;

drop table dashboard_decision, dashboard_action, dashboard_conflict, dashboard_partnership;

-- The funders' record likewise, for the order of its partners, metrics, agreements and stories; a record stored
-- before keeps jsonb's order until the partnership's next event rewrites it, or a rebuild (./run rebuild).
alter table funder_record alter column state type text using state::text;
