-- The shape (Ledger.SHAPE) a stored ledger was folded in: one of an earlier shape lacks what later folds keep, and
-- is folded again from the history when next read (LedgerRepository).
alter table ledger_state add column shape integer not null default 1;
