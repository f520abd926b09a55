-- Every read model's position per partnership, in one place: tools that wait for the read models or compare them
-- with the store (the end-to-end checks, the bench's rebuild) read this view, so a read model added here is
-- followed by all of them. Replace the view when a read model is added.
create view read_model_positions (read_model, partnership_id, version) as
select 'dashboard', partnership_id, version from dashboard_partnership
union all select 'history', partnership_id, version from history_stream
union all select 'access', partnership_id, version from access_stream
union all select 'ledger', partnership_id, version from ledger_state
union all select 'funder', partnership_id, version from funder_stream;
