package org.disputesuite.ruling.topology;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.ruling.decider.AppliedRuling;
import org.disputesuite.ruling.decider.DeadlineEntry;
import org.disputesuite.ruling.decider.Decision;
import org.disputesuite.ruling.decider.OrderDecider;
import org.disputesuite.ruling.decider.OrderState;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.tracking.api.TrackingTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one processor of the topology. Dispute and tracking records of an order arrive here in
 * order (both topics are keyed and partitioned by order id); a wall-clock punctuator fires the
 * deadlines that fell due. Handling is split in two: deciding (pure, any failure sends the input
 * record or the due deadline to a dead-letter topic) and applying (stores and forwards, whose failures are Kafka
 * Streams' to handle under exactly-once).
 */
final class OrderProcessor implements Processor<String, byte[], String, byte[]> {

    static final String RULINGS_SINK = "rulings-sink";
    static final String DEAD_LETTER_SINK = "dead-letter-sink";
    static final String DEADLINE_DEAD_LETTER_SINK = "deadline-dead-letter-sink";
    static final int MAX_DEADLINES_PER_PUNCTUATION = 1_000;

    private static final Logger log = LoggerFactory.getLogger(OrderProcessor.class);

    private final OrderDecider decider;
    private final TopologySettings settings;
    private final RulingMetrics metrics;
    private final InboundEvents inbound = new InboundEvents();
    private final EventCodec<RulingEvent> rulings = new EventCodec<>(RulingEvent.class, RulingTopics.SOURCE);

    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, OrderState> orders;
    private KeyValueStore<String, DeadlineEntry> deadlines;
    private KeyValueStore<String, AppliedRuling> appliedRulings;
    private KeyValueStore<String, String> disputeOrders;

    OrderProcessor(OrderDecider decider, TopologySettings settings, RulingMetrics metrics) {
        this.decider = decider;
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.orders = context.getStateStore(StoreNames.ORDERS);
        this.deadlines = context.getStateStore(StoreNames.DEADLINES);
        this.appliedRulings = context.getStateStore(StoreNames.RULINGS);
        this.disputeOrders = context.getStateStore(StoreNames.DISPUTE_ORDERS);
        context.schedule(settings.punctuationInterval(), PunctuationType.WALL_CLOCK_TIME, this::fireDueDeadlines);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        RecordMetadata metadata = context.recordMetadata().orElseThrow();
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Decision decision;
        try {
            decision = decide(record, metadata.topic(), now);
        } catch (KafkaException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Record at {}-{}@{} cannot be processed, sent to the dead-letter topic: {}", metadata.topic(),
                    metadata.partition(), metadata.offset(), e.getMessage());
            context.forward(DeadLetterRecords.of(record, metadata.topic(), metadata.partition(), metadata.offset(), e),
                    DEAD_LETTER_SINK);
            metrics.deadLettered(metadata.topic());
            return;
        }
        if (decision != null) {
            apply(decision, now);
        }
    }

    /** Null when the record needs no decision: an event type this service does not use, or one it already handled. */
    private Decision decide(Record<String, byte[]> record, String topic, Instant now) {
        String json = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        EventEnvelope envelope = EventEnvelope.from(record.key(), json, record.headers());
        boolean disputes = DisputeTopics.EVENTS.equals(topic);
        boolean tracking = TrackingTopics.TRACKING.equals(topic);
        if (disputes && !inbound.knowsDisputeType(envelope.type())
                || tracking && !inbound.knowsTrackingType(envelope.type())
                || !disputes && !tracking) {
            return null;
        }
        OrderState state = orders.get(envelope.key());
        state = state == null ? OrderState.empty() : state;
        if (state.hasProcessed(envelope.id())) {
            return null;
        }
        if (disputes) {
            return decider.onDisputeEvent(envelope.key(), state, envelope.id(), inbound.dispute(envelope), now);
        }
        return decider.onTrackingEvent(envelope.key(), state, envelope.id(), inbound.tracking(envelope), now);
    }

    private void fireDueDeadlines(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        List<DeadlineEntry> due = DeadlineIndex.dueBy(deadlines, now, MAX_DEADLINES_PER_PUNCTUATION);
        metrics.deadlineIndexScanned(due.size());
        for (DeadlineEntry entry : due) {
            OrderState state = orders.get(entry.orderId());
            Decision decision;
            try {
                decision = decider.onDeadlineDue(state == null ? OrderState.empty() : state, entry, now);
            } catch (KafkaException e) {
                throw e;
            } catch (RuntimeException e) {
                deadLetter(entry, now, e);
                continue;
            }
            apply(decision, now);
        }
    }

    /**
     * A deadline that cannot be decided leaves the index (it would fail again every punctuation)
     * and goes to the deadlines' dead-letter topic, so that it is seen and can be decided by hand.
     */
    private void deadLetter(DeadlineEntry entry, Instant now, RuntimeException reason) {
        log.error("Deadline {} cannot be decided; it leaves the index for the dead-letter topic", entry, reason);
        DeadlineIndex.remove(deadlines, entry);
        context.forward(DeadLetterRecords.ofDeadline(entry, now, reason), DEADLINE_DEAD_LETTER_SINK);
        metrics.deadLettered(StoreNames.DEADLINES);
    }

    private void apply(Decision decision, Instant now) {
        String orderId = decision.orderId();
        orders.put(orderId, decision.state());
        decision.unindexed().forEach(entry -> DeadlineIndex.remove(deadlines, entry));
        decision.indexed().forEach(entry -> DeadlineIndex.add(deadlines, entry));
        AppliedRuling applied = decision.appliedRuling();
        if (applied != null) {
            appliedRulings.put(orderId, applied);
            disputeOrders.put(applied.disputeId(), orderId);
        }
        for (Decision.Outgoing outgoing : decision.events()) {
            RulingEvent event = outgoing.event();
            EventEnvelope envelope = rulings.encode(outgoing.eventId(), event.occurredAt(), orderId, event.disputeId(),
                    event);
            context.forward(new Record<>(orderId, envelope.json().getBytes(StandardCharsets.UTF_8), now.toEpochMilli(),
                    envelope.headers()), RULINGS_SINK);
            count(event, now);
        }
    }

    /**
     * Rulings and expired deadlines are counted; the other decisions (requests and reminders included)
     * have no metric of their own.
     */
    private void count(RulingEvent event, Instant now) {
        event.accept(new RulingEvent.Handler<Void>() {
            @Override
            public Void caseChosen(RulingEvent.CaseChosen chosen) {
                return null;
            }

            @Override
            public Void deadlineScheduled(RulingEvent.DeadlineScheduled scheduled) {
                return null;
            }

            @Override
            public Void deadlineCancelled(RulingEvent.DeadlineCancelled cancelled) {
                return null;
            }

            @Override
            public Void deadlineExpired(DeadlineExpired expired) {
                Duration delay = Duration.between(expired.dueAt(), now);
                metrics.deadlineExpired(expired.type(), delay.isNegative() ? Duration.ZERO : delay);
                return null;
            }

            @Override
            public Void rulingIssued(RulingIssued issued) {
                metrics.rulingIssued(issued.ruleId());
                return null;
            }

            @Override
            public Void actionRequested(RulingEvent.ActionRequested requested) {
                return null;
            }

            @Override
            public Void reminderDue(RulingEvent.ReminderDue reminder) {
                return null;
            }
        });
    }
}
