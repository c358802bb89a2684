-- The delivery address check the tracker carries on each update (null until a delivery is reported):
-- with the status, it gives the case a dispute opens in.
alter table known_shipments add column address_check varchar(20);
