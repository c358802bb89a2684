-- A webhook reads the latest event of each status of its parcel (TrackingEventStore.summary), not
-- the parcel's whole history: one short index range per status, whatever the history's length.
create index tracking_events_latest_per_status
    on tracking_events (carrier, tracking_number, status, occurred_at, id);
