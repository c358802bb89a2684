-- A message is kept once per dedup key, recipient and kind. The key is the id of the event the
-- message came from, or what makes the message once-only across events (an order's arrival at one
-- pickup point, a dispute's opening; see Notice.dedupKey). source_event_id still names the event.
alter table inbox_messages add column dedup_key varchar(400);
update inbox_messages set dedup_key = source_event_id;
alter table inbox_messages alter column dedup_key set not null;
alter table inbox_messages drop constraint uq_inbox_messages_source;
alter table inbox_messages add constraint uq_inbox_messages_dedup unique (dedup_key, recipient_id, kind);
