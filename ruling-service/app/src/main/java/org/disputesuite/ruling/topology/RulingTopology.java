package org.disputesuite.ruling.topology;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.state.Stores;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.platform.kafka.DeadLetters;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.ruling.decider.AppliedRuling;
import org.disputesuite.ruling.decider.DeadlineEntry;
import org.disputesuite.ruling.decider.OrderDecider;
import org.disputesuite.ruling.decider.OrderState;
import org.disputesuite.tracking.api.TrackingTopics;

/**
 * disputes.events.v1 and logistics.tracking.v1 (co-partitioned by order id) feed one processor
 * that keeps each order's facts and its deadlines in changelogged stores and publishes to
 * rulings.v1; records it cannot process go to their topic's dead-letter topic, due deadlines it
 * cannot decide to the deadlines' one.
 */
public final class RulingTopology {

    static final String DISPUTES_SOURCE = "disputes-source";
    static final String TRACKING_SOURCE = "tracking-source";
    static final String PROCESSOR = "order-processor";

    private RulingTopology() {
    }

    /** The topics the topology reads. */
    public static List<String> inputTopics() {
        return List.of(DisputeTopics.EVENTS, TrackingTopics.TRACKING);
    }

    /** Every topic the topology writes to, dead-letter topics included. */
    public static List<String> outputTopics(TopologySettings settings) {
        return List.of(RulingTopics.RULINGS,
                DeadLetters.topicFor(DisputeTopics.EVENTS, settings.applicationId()),
                DeadLetters.topicFor(TrackingTopics.TRACKING, settings.applicationId()),
                deadlineDeadLetterTopic(settings));
    }

    /** Where due deadlines that cannot be decided go: they come from no topic, so the index names it. */
    public static String deadlineDeadLetterTopic(TopologySettings settings) {
        return settings.applicationId() + "." + StoreNames.DEADLINES + ".dlt";
    }

    public static Topology build(PolicySettings policy, TopologySettings settings, RulingMetrics metrics) {
        OrderDecider decider = new OrderDecider(policy);
        TopicNameExtractor<String, byte[]> deadLetterTopic =
                (key, value, recordContext) -> DeadLetters.topicFor(recordContext.topic(), settings.applicationId());
        Topology topology = new Topology();
        topology.addSource(DISPUTES_SOURCE, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
                DisputeTopics.EVENTS);
        topology.addSource(TRACKING_SOURCE, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
                TrackingTopics.TRACKING);
        topology.addProcessor(PROCESSOR, () -> new OrderProcessor(decider, settings, metrics),
                DISPUTES_SOURCE, TRACKING_SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.ORDERS),
                Serdes.String(), JsonSerde.of(OrderState.class, new OrderStateUpgrade())), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.DEADLINES),
                Serdes.String(), JsonSerde.of(DeadlineEntry.class)), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.RULINGS),
                Serdes.String(), JsonSerde.of(AppliedRuling.class)), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.DISPUTE_ORDERS),
                Serdes.String(), Serdes.String()), PROCESSOR);
        topology.addSink(OrderProcessor.RULINGS_SINK, RulingTopics.RULINGS, Serdes.String().serializer(),
                Serdes.ByteArray().serializer(), PROCESSOR);
        topology.addSink(OrderProcessor.DEAD_LETTER_SINK, deadLetterTopic, Serdes.String().serializer(),
                Serdes.ByteArray().serializer(), PROCESSOR);
        topology.addSink(OrderProcessor.DEADLINE_DEAD_LETTER_SINK, deadlineDeadLetterTopic(settings),
                Serdes.String().serializer(), Serdes.ByteArray().serializer(), PROCESSOR);
        return topology;
    }
}
