-- Consumer deduplication (platform's ProcessedEvents): one row per consumer and event id.
create table processed_events (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamp not null,
    primary key (consumer, event_id)
);

-- Shipments learned from logistics.tracking.v1; status is null until a carrier reported.
create table known_shipments (
    order_id             varchar(100) not null primary key,
    buyer_id             varchar(100) not null,
    seller_id            varchar(100) not null,
    amount_value         varchar(32) not null,
    amount_currency      varchar(3) not null,
    promised_delivery_by timestamp with time zone not null,
    tracking_number      varchar(100) not null,
    carrier              varchar(100) not null,
    status               varchar(40),
    last_event_at        timestamp with time zone
);

-- The list read model, kept by the dispute-summaries event processor.
create table dispute_summaries (
    dispute_id         varchar(64) not null primary key,
    order_id           varchar(100) not null,
    buyer_id           varchar(100) not null,
    seller_id          varchar(100) not null,
    status             varchar(40) not null,
    dispute_case       varchar(40),
    reason             varchar(40) not null,
    requested_solution varchar(20) not null,
    opened_at          timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint not null
);

create index dispute_summaries_by_buyer on dispute_summaries (buyer_id, opened_at);
create index dispute_summaries_by_seller on dispute_summaries (seller_id, opened_at);
create index dispute_summaries_by_order on dispute_summaries (order_id);
