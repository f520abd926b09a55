-- The partners each event names (HistoryPartners: declared per event type, as JSON paths), so the auditors'
-- history is filtered by partner on an index rather than by searching the event's text. Events stored before are
-- given theirs from the same paths; the history across partnerships pages by (occurred_at, partnership_id,
-- sequence).
alter table history_event add column partners text[] not null default '{}';

with paths (type, path) as (values
        ('PartnershipFormed', '$.partners[*].id'), ('PartnershipFormed', '$.coordinator'),
        ('PartnerAdmitted', '$.partner.id'), ('PartnerWithdrawn', '$.partner'),
        ('CoordinatorAppointed', '$.coordinator'),
        ('DecisionRecorded', '$.decidedBy[*]'),
        ('ActionAssigned', '$.responsible'), ('ActionAssigned', '$.accountable'),
        ('ActionAssigned', '$.consulted[*]'), ('ActionAssigned', '$.informed[*]'),
        ('ActionReassigned', '$.responsible'), ('ActionReassigned', '$.accountable'),
        ('ConflictLogged', '$.parties[*]'), ('ConflictResolved', '$.agreedBy[*]'),
        ('RaciRolesAssigned', '$.responsible[*]'), ('RaciRolesAssigned', '$.accountable'),
        ('RaciRolesAssigned', '$.consulted[*]'), ('RaciRolesAssigned', '$.informed[*]'),
        ('MinutesRecorded', '$.attendees[*]'), ('MinutesApproved', '$.approvedBy[*]'),
        ('CheckInRecorded', '$.partners[*]'),
        ('MetricProposed', '$.ownerPartner'), ('MetricEndorsed', '$.partner'),
        ('MetricActivated', '$.endorsedBy[*]'), ('MetricCollectionDelegated', '$.partner'),
        ('PartnerAssetRecorded', '$.partner'), ('StoryShared', '$.partner'),
        ('ReviewRatingsSubmitted', '$.partner')),
     named as (
        select e.partnership_id, e.sequence,
               array_agg(distinct v #>> '{}') filter (where jsonb_typeof(v) = 'string') as partners
          from history_event e
          join paths p on p.type = e.type
         cross join lateral jsonb_path_query(e.data, p.path::jsonpath) v
         group by e.partnership_id, e.sequence)
update history_event e set partners = n.partners
  from named n
 where e.partnership_id = n.partnership_id and e.sequence = n.sequence and n.partners is not null;

create index history_event_partners on history_event using gin (partners);
create index history_event_across on history_event (occurred_at, partnership_id, sequence);
create index history_event_actor on history_event (actor, occurred_at);
