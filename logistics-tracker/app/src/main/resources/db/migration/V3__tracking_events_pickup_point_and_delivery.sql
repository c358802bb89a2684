-- What a carrier says about where a parcel waits and where it was delivered, kept with each event.
-- An arrival at a pickup point (status AVAILABLE_FOR_PICKUP) received from this version on has
-- pickup_collect_by: the carrier's collect-by time or, when it gave none, the policy's pickup-window
-- after the arrival, settled when the event is received so that it never changes afterwards. Every
-- other column is null where the carrier did not say. The shipment's pickup point and address check
-- are derived from these columns when needed, not stored.
alter table tracking_events add column pickup_point_id varchar(100);
alter table tracking_events add column pickup_point_name varchar(200);
alter table tracking_events add column pickup_collect_by timestamp with time zone;
alter table tracking_events add column pickup_address_name varchar(200);
alter table tracking_events add column pickup_address_line1 varchar(200);
alter table tracking_events add column pickup_address_line2 varchar(200);
alter table tracking_events add column pickup_address_city varchar(100);
alter table tracking_events add column pickup_address_region varchar(100);
alter table tracking_events add column pickup_address_postal_code varchar(20);
alter table tracking_events add column pickup_address_country_code varchar(2);
alter table tracking_events add column delivered_to_name varchar(200);
alter table tracking_events add column delivered_to_line1 varchar(200);
alter table tracking_events add column delivered_to_line2 varchar(200);
alter table tracking_events add column delivered_to_city varchar(100);
alter table tracking_events add column delivered_to_region varchar(100);
alter table tracking_events add column delivered_to_postal_code varchar(20);
alter table tracking_events add column delivered_to_country_code varchar(2);
alter table tracking_events add column signed_by varchar(200);
