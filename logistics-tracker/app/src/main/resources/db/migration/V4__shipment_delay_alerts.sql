-- The delay alerts of each shipment (docs/policy.md, prevention), kept with it at every write:
-- delay_alert is the alert standing (LATE, STALLED or null), delay_late_raised whether LATE was
-- ever raised (it is raised once per shipment), delay_stalled_since the start of the stall last
-- alerted (the last event's occurrence, or the registration when there was none), so that one
-- stall alerts once. delay_check_at is when the rules must look at the shipment again, null when
-- nothing can become due before its next tracking update: the scan reads only the due rows through
-- the index, so its cost follows the shipments due, not the shipments tracked.
alter table shipments add column delay_check_at timestamp with time zone;
alter table shipments add column delay_alert varchar(10);
alter table shipments add column delay_late_raised boolean default false not null;
alter table shipments add column delay_stalled_since timestamp with time zone;

-- Shipments registered before this version are looked at by the first scan, which settles them.
update shipments set delay_check_at = registered_at;

create index shipments_by_delay_check_at on shipments (delay_check_at);
