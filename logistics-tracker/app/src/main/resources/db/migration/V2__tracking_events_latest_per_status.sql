-- A webhook reads the latest event of each status of its parcel (TrackingEventStore.summary), not
-- the parcel's whole history. Newest first within each status, so that both H2 and PostgreSQL
-- answer "order by carrier, tracking_number, status, occurred_at desc, id desc limit 1" by
-- reading one index entry, however long the history.
create index tracking_events_latest_per_status
    on tracking_events (carrier, tracking_number, status, occurred_at desc, id desc);
