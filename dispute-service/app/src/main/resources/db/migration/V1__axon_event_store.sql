-- Axon's JDBC event store and token store (Axon does not create them). One set of SQL for
-- PostgreSQL and for H2 in PostgreSQL mode. The event table has a sequence of its own, shared
-- with nothing else, so the global index has no gaps from other tables.
create sequence domain_event_entry_seq start with 1 increment by 1;

create table domainevententry (
    globalindex         bigint default nextval('domain_event_entry_seq') not null,
    eventidentifier     varchar(255) not null,
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint not null,
    type                varchar(255),
    timestamp           varchar(255) not null,
    payloadtype         varchar(255) not null,
    payloadrevision     varchar(255),
    payload             bytea not null,
    metadata            bytea,
    primary key (globalindex),
    unique (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint not null,
    type                varchar(255) not null,
    eventidentifier     varchar(255) not null,
    timestamp           varchar(255) not null,
    payloadtype         varchar(255) not null,
    payloadrevision     varchar(255),
    payload             bytea not null,
    metadata            bytea,
    primary key (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

create table tokenentry (
    processorname varchar(255) not null,
    segment       integer not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);
