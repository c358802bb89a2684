package org.disputesuite.ruling.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeEvent.DisputeEscalated;
import org.disputesuite.dispute.api.DisputeEvent.DisputeOpened;
import org.disputesuite.dispute.api.DisputeEvent.DisputeResolved;
import org.disputesuite.dispute.api.DisputeEvent.RulingApplied;
import org.disputesuite.dispute.api.DisputeEvent.RulingSuperseded;
import org.disputesuite.dispute.api.DisputeEvent.SellerResponded;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.kafka.DeadLetters;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.ruling.decider.AppliedRuling;
import org.disputesuite.ruling.decider.DeadlineEntry;
import org.disputesuite.ruling.decider.OrderState;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.disputesuite.tracking.api.TrackingTopics;

/** The topology in a TopologyTestDriver, with the events of the suite's story at hand. */
final class RulingTopologyFixture implements AutoCloseable {

    static final String APPLICATION_ID = "ruling-service";
    static final Instant START = Instant.parse("2026-11-21T10:00:00Z");
    static final PolicySettings POLICY = PolicySettings.defaults();
    static final String BUYER = "buyer-17";
    static final String SELLER = "seller-3";
    static final TopologySettings SETTINGS = new TopologySettings(APPLICATION_ID, Duration.ofSeconds(1));

    private final EventCodec<DisputeEvent> disputes = new EventCodec<>(DisputeEvent.class, DisputeTopics.SOURCE);
    private final EventCodec<TrackingEvent> tracking = new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);
    private final EventCodec<RulingEvent> rulingCodec = new EventCodec<>(RulingEvent.class, RulingTopics.SOURCE);
    private final Path stateDir;
    final RecordingMetrics metrics = new RecordingMetrics();
    final TopologyTestDriver driver;
    private final TestInputTopic<String, String> disputeTopic;
    private final TestInputTopic<String, String> trackingTopic;
    private final TestOutputTopic<String, String> rulingTopic;

    RulingTopologyFixture() {
        try {
            stateDir = Files.createTempDirectory("ruling-topology");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(RulingTopology.build(POLICY, SETTINGS, metrics), props, START);
        disputeTopic = driver.createInputTopic(DisputeTopics.EVENTS, new StringSerializer(), new StringSerializer());
        trackingTopic = driver.createInputTopic(TrackingTopics.TRACKING, new StringSerializer(), new StringSerializer());
        rulingTopic = driver.createOutputTopic(RulingTopics.RULINGS, new StringDeserializer(), new StringDeserializer());
    }

    static DisputeOpened opened(String orderId, String disputeId, Instant openedAt, RequestedSolution solution) {
        return new DisputeOpened(disputeId, orderId, BUYER, SELLER, 1, openedAt, DisputeReason.NOT_RECEIVED, solution,
                "Nothing arrived", new Money("23.90", "USD"), openedAt.minus(Duration.ofDays(1)), null, null);
    }

    static ShipmentRegistered registered(String orderId) {
        return new ShipmentRegistered(orderId, "LP00012345678CN", "generic", SELLER, BUYER, null,
                START.minus(Duration.ofDays(20)), START.minus(Duration.ofDays(1)), new Money("23.90", "USD"),
                START.minus(Duration.ofDays(20)));
    }

    static TrackingUpdated tracked(String orderId, ShipmentStatus status, Instant at) {
        return new TrackingUpdated(orderId, "LP00012345678CN", "generic", "c-" + UUID.randomUUID(), status,
                status.name(), null, at, "carrier event", null, status, at, at, null, null, null, null, SELLER,
                BUYER);
    }

    /** The parcel arrived at a named pickup point at {@code at}, to be collected by {@code collectBy}. */
    static TrackingUpdated atPickupPoint(String orderId, Instant at, Instant collectBy) {
        PickupPoint point = new PickupPoint("PP-881", "Relais Montorgueil",
                new Address(null, "3 Rue Montorgueil", null, "Paris", null, "75002", "FR"), collectBy);
        return new TrackingUpdated(orderId, "LP00012345678CN", "generic", "c-" + UUID.randomUUID(),
                ShipmentStatus.AVAILABLE_FOR_PICKUP, "READY_FOR_PICKUP", null, at, "carrier event", null,
                ShipmentStatus.AVAILABLE_FOR_PICKUP, at, at, point, null, null, null, SELLER, BUYER);
    }

    static RulingSuperseded superseded(RulingIssued ruling, long version) {
        return new RulingSuperseded(ruling.disputeId(), ruling.orderId(), BUYER, SELLER, version,
                ruling.occurredAt().plusSeconds(1), ruling.rulingId(), ruling.ruleId(), ruling.basedOnVersion(),
                "the case changed after the ruling's version");
    }

    static RulingApplied applied(RulingIssued ruling, long version) {
        return new RulingApplied(ruling.disputeId(), ruling.orderId(), BUYER, SELLER, version,
                ruling.occurredAt().plusSeconds(1), ruling.rulingId(), ruling.ruleId(), ruling.outcome(),
                ruling.responsibleParty(), ruling.reasons(), ruling.factEventIds(), ruling.policyVersion(),
                ruling.basedOnVersion(), ruling.occurredAt());
    }

    static DisputeResolved resolved(String orderId, String disputeId, long version, Instant at) {
        return new DisputeResolved(disputeId, orderId, BUYER, SELLER, version, at, DisputeStatus.RESOLVED, null, null,
                null, ResolvedBy.AGREEMENT, null, null);
    }

    static SellerResponded proposed(String orderId, String disputeId, long version, Instant at) {
        return new SellerResponded(disputeId, orderId, BUYER, SELLER, version, at, SellerAction.PROPOSE,
                new Proposal(ProposedSolution.PARTIAL_REFUND, new Money("10.00", "USD")), DisputeStatus.NEGOTIATING);
    }

    static DisputeEscalated escalated(String orderId, String disputeId, long version, Instant at, Party by) {
        return new DisputeEscalated(disputeId, orderId, BUYER, SELLER, version, at, by,
                DisputeStatus.UNDER_PLATFORM_REVIEW);
    }

    /** Pipes a dispute event under a new id and returns the id. */
    String pipe(DisputeEvent event) {
        String id = UUID.randomUUID().toString();
        pipe(id, event);
        return id;
    }

    void pipe(String eventId, DisputeEvent event) {
        EventEnvelope envelope = disputes.encode(eventId, event.occurredAt(), event.orderId(), event.disputeId(), event);
        disputeTopic.pipeInput(new TestRecord<>(envelope.key(), envelope.json(), envelope.headers(), START));
    }

    String pipe(TrackingEvent event) {
        String id = UUID.randomUUID().toString();
        EventEnvelope envelope = tracking.encode(id, START, event.orderId(), null, event);
        trackingTopic.pipeInput(new TestRecord<>(envelope.key(), envelope.json(), envelope.headers(), START));
        return id;
    }

    void pipeRawDispute(String key, String value, Headers headers) {
        disputeTopic.pipeInput(new TestRecord<>(key, value, headers, START));
    }

    static Headers headers(String id, String type) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", id.getBytes());
        headers.add("ce_type", type.getBytes());
        headers.add("ce_source", DisputeTopics.SOURCE.getBytes());
        headers.add("ce_time", START.toString().getBytes());
        return headers;
    }

    void advance(Duration duration) {
        driver.advanceWallClockTime(duration);
    }

    /** The ruling events published since the last call, with their envelopes. */
    List<Published> published() {
        List<Published> found = new ArrayList<>();
        for (TestRecord<String, String> record : rulingTopic.readRecordsToList()) {
            EventEnvelope envelope = EventEnvelope.from(record.key(), record.value(), record.headers());
            found.add(new Published(envelope, rulingCodec.decode(envelope)));
        }
        return found;
    }

    List<TestRecord<String, String>> deadLetters(String topic) {
        return driver.createOutputTopic(DeadLetters.topicFor(topic, APPLICATION_ID), new StringDeserializer(),
                new StringDeserializer()).readRecordsToList();
    }

    List<TestRecord<String, String>> deadlineDeadLetters() {
        return driver.createOutputTopic(RulingTopology.deadlineDeadLetterTopic(SETTINGS), new StringDeserializer(),
                new StringDeserializer()).readRecordsToList();
    }

    KeyValueStore<String, OrderState> orderStore() {
        return driver.getKeyValueStore(StoreNames.ORDERS);
    }

    KeyValueStore<String, DeadlineEntry> deadlineStore() {
        return driver.getKeyValueStore(StoreNames.DEADLINES);
    }

    /** The open deadlines in the index, reminders left out. */
    long openDeadlineCount() {
        return indexEntries(DeadlineEntry.Kind.DEADLINE);
    }

    /** The reminders in the index, still to fire. */
    long reminderCount() {
        return indexEntries(DeadlineEntry.Kind.REMINDER);
    }

    private long indexEntries(DeadlineEntry.Kind kind) {
        long count = 0;
        try (var entries = deadlineStore().all()) {
            while (entries.hasNext()) {
                if (entries.next().value.kind() == kind) {
                    count++;
                }
            }
        }
        return count;
    }

    KeyValueStore<String, AppliedRuling> appliedRulingStore() {
        return driver.getKeyValueStore(StoreNames.RULINGS);
    }

    KeyValueStore<String, String> disputeOrderStore() {
        return driver.getKeyValueStore(StoreNames.DISPUTE_ORDERS);
    }

    @Override
    public void close() {
        driver.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Published(EventEnvelope envelope, RulingEvent event) {

        <T extends RulingEvent> T as(Class<T> type) {
            return type.cast(event);
        }
    }

    static final class RecordingMetrics implements RulingMetrics {

        final List<String> rulings = new ArrayList<>();
        final List<Duration> expiryDelays = new ArrayList<>();
        final List<Integer> scans = new ArrayList<>();
        final List<String> deadLetters = new ArrayList<>();

        @Override
        public void rulingIssued(String ruleId) {
            rulings.add(ruleId);
        }

        @Override
        public void deadlineExpired(org.disputesuite.ruling.api.DeadlineType type, Duration delay) {
            expiryDelays.add(delay);
        }

        @Override
        public void deadlineIndexScanned(int entries) {
            scans.add(entries);
        }

        @Override
        public void deadLettered(String topic) {
            deadLetters.add(topic);
        }
    }
}
