-- What carrier performance reads of each dispute (docs/api.md, Carrier performance): the order it
-- is about, and the ruling that took effect when it found the seller responsible (null otherwise,
-- and again null when that ruling was superseded). Filled from disputes.events.v1; every write
-- sets a value, so a redelivered event leaves the row as it was.
create table dispute_outcomes (
    dispute_id                   varchar(200) not null primary key,
    order_id                     varchar(200) not null,
    seller_responsible_ruling_id varchar(200)
);

create index dispute_outcomes_by_order on dispute_outcomes (order_id);

-- Carrier performance reads the shipments of one destination country at a time.
create index shipments_by_destination_country on shipments (destination_country_code, carrier);
