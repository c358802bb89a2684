package org.disputesuite.dispute.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.domain.CaseChanged;
import org.disputesuite.dispute.domain.DeadlineCancelled;
import org.disputesuite.dispute.domain.DeadlineExpired;
import org.disputesuite.dispute.domain.DeadlineScheduled;
import org.disputesuite.dispute.domain.DisputeDomainEvent;
import org.disputesuite.dispute.domain.DisputeId;
import org.disputesuite.dispute.domain.DisputeOpened;
import org.disputesuite.dispute.domain.PlatformRequested;
import org.disputesuite.dispute.domain.ReceiptAnswered;
import org.disputesuite.dispute.domain.DisputeEscalated;
import org.disputesuite.dispute.domain.MessagePosted;
import org.disputesuite.dispute.domain.EvidenceAdded;
import org.disputesuite.dispute.domain.ProposalAnswered;
import org.disputesuite.dispute.domain.SellerResponded;
import org.disputesuite.dispute.domain.DisputeResolved;
import org.disputesuite.dispute.domain.OpenDispute;
import org.disputesuite.dispute.domain.RecordCase;
import org.disputesuite.dispute.domain.RulingApplied;
import org.disputesuite.dispute.domain.RulingSuperseded;
import org.disputesuite.platform.kafka.ProcessedEvents;
import org.disputesuite.platform.testing.JsonSnapshots;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The embedded default (the all-in-one) runs on an H2 file database in PostgreSQL mode: the same
 * migrations and the Axon JDBC event store must work there, with the beans this service relies on.
 */
@SpringBootTest
@DirtiesContext
class EmbeddedDatabaseTests {

    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private static final String INSTANCE_ID = "dispute-service-embedded";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("dispute-h2").toString();
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        registry.add("suite.jwt.secret", () -> TestTokens.SECRET);
        registry.add("management.server.port", () -> "-1");
        registry.add("suite.instance-id", () -> INSTANCE_ID);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessedEvents processedEvents;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void runsOnTheBeansThisServiceReliesOn() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
        assertThat(context.getBeansOfType(Serializer.class)).hasSize(3)
                .allSatisfy((name, serializer) -> assertThat(serializer).isInstanceOf(JacksonSerializer.class));
        assertThat(context.getBeansOfType(ProcessedEvents.class)).hasSize(1);
        assertThat(context.getBeansOfType(MeterRegistry.class)).hasSize(1);
    }

    @Test
    void claimsProcessingSegmentsUnderTheInstanceNameSoARestartTakesThemBackAtOnce() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                jdbc.queryForList("select distinct owner from tokenentry where owner is not null", String.class))
                .containsExactly(INSTANCE_ID));
    }

    @Test
    void migratesTheDatabase() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'public'", String.class);

        assertThat(tables).contains("domainevententry", "snapshotevententry", "tokenentry", "processed_events",
                "known_shipments", "dispute_summaries");
    }

    @Test
    void storesAndReadsADisputeThroughTheEventStore() {
        String orderId = "ORD-H2-1";
        String disputeId = DisputeId.forOrder(orderId);
        OpenDispute open = new OpenDispute(disputeId, orderId, "buyer-h2", "seller-h2", DisputeReason.NOT_RECEIVED,
                RequestedSolution.RESEND, null, new Money("9.99", "EUR"), AT.minusSeconds(86_400), DisputeCase.IN_TRANSIT, AT);

        commands.sendAndWait(open);
        commands.sendAndWait(new RecordCase(disputeId, "case-h2", DisputeCase.PICKUP, AT.plusSeconds(1)));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(disputeId).asStream().toList();
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(events.get(0).getPayload()).isInstanceOf(DisputeOpened.class);
        assertThat(events.get(1).getPayload()).isEqualTo(new CaseChanged(disputeId, orderId, "buyer-h2", "seller-h2",
                "case-h2", DisputeCase.PICKUP, DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_BUYER_PICKUP,
                AT.plusSeconds(1)));
        assertThat(jdbc.queryForList("select payloadrevision from domainevententry where aggregateidentifier = ?"
                + " order by sequencenumber", String.class, disputeId)).containsExactly("2", "2");
        assertThatThrownBy(() -> commands.sendAndWait(open)).isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void marksAnEventProcessedOnlyOnce() {
        assertThat(processedEvents.markProcessed("tracking", "event-h2-1")).isTrue();
        assertThat(processedEvents.markProcessed("tracking", "event-h2-1")).isFalse();
        assertThat(processedEvents.markProcessed("another-consumer", "event-h2-1")).isTrue();
    }

    @Test
    void listsAnOpenedDisputeFromItsReadModel() {
        String orderId = "ORD-H2-LIST";
        String disputeId = DisputeId.forOrder(orderId);
        commands.sendAndWait(new OpenDispute(disputeId, orderId, "buyer-h2", "seller-h2", DisputeReason.NOT_RECEIVED,
                RequestedSolution.REFUND, null, new Money("9.99", "EUR"), AT.minusSeconds(86_400), DisputeCase.IN_TRANSIT, AT));

        Map<String, Object> row = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select order_id, buyer_id, seller_id, status, reason, version from dispute_summaries"
                        + " where dispute_id = ?", disputeId), rows -> rows.size() == 1).get(0);

        assertThat(row).containsExactlyInAnyOrderEntriesOf(Map.of("order_id", orderId, "buyer_id", "buyer-h2",
                "seller_id", "seller-h2", "status", "AWAITING_SELLER_RESPONSE", "reason", "NOT_RECEIVED",
                "version", 0L));
    }

    @Test
    void keepsTheStoredJsonOfEveryDomainEvent() {
        String id = "6f1c8e1e-5d0b-3c43-9a57-2f4d0c1b7a10";
        Instant due = AT.plusSeconds(5 * 86_400);
        Instant applied = due.plusSeconds(2);
        Map<String, DisputeDomainEvent> events = Map.ofEntries(Map.entry(
                "seller-responded", new SellerResponded(id, "ORD-1001", "buyer-17", "seller-3", SellerAction.PROPOSE,
                        new Proposal(ProposedSolution.PARTIAL_REFUND, new Money("10.00", "USD")),
                        DisputeStatus.NEGOTIATING, AT)), Map.entry(
                "proposal-answered", new ProposalAnswered(id, "ORD-1001", "buyer-17", "seller-3", false,
                        new Proposal(ProposedSolution.RESEND, null), DisputeStatus.NEGOTIATING, AT)), Map.entry(
                "evidence-added", new EvidenceAdded(id, "ORD-1001", "buyer-17", "seller-3", Party.SELLER,
                        List.of(new Evidence(EvidenceType.PROOF_OF_DELIVERY, "Signed", "pod-1", AT, null,
                                new Address("Ana García", "Calle Mayor 5", null, "Madrid", null, "28013", "ES"))),
                        AT)), Map.entry(
                "message-posted", new MessagePosted(id, "ORD-1001", "buyer-17", "seller-3", Party.BUYER, "Any news?",
                        AT)), Map.entry(
                "dispute-escalated", new DisputeEscalated(id, "ORD-1001", "buyer-17", "seller-3", Party.PLATFORM,
                        DisputeStatus.UNDER_PLATFORM_REVIEW, AT)), Map.entry(
                "receipt-answered", new ReceiptAnswered(id, "ORD-1001", "buyer-17", "seller-3", false,
                        DisputeStatus.AWAITING_BUYER_CONFIRMATION, AT)),
                Map.entry("platform-requested", new PlatformRequested(id, "ORD-1001", "buyer-17", "seller-3", "ce-7",
                        "request-1", RequestedAction.COLLECT_PARCEL, Party.BUYER, due, new PickupPoint("PP-77",
                        "Kiosko Sol", new Address(null, "Calle del Sol 3", null, "Madrid", null, "28013", "ES"), due),
                        DisputeStatus.AWAITING_BUYER_PICKUP, AT)),
                Map.entry("dispute-opened", new DisputeOpened(id, "ORD-1001", "buyer-17", "seller-3",
                        DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived",
                        new Money("23.90", "USD"), Instant.parse("2026-11-20T23:59:59Z"), DisputeCase.IN_TRANSIT,
                        DisputeStatus.AWAITING_SELLER_RESPONSE, AT)),
                Map.entry("case-changed", new CaseChanged(id, "ORD-1001", "buyer-17", "seller-3", "ce-1", DisputeCase.PICKUP,
                        DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_BUYER_PICKUP, AT)),
                Map.entry("deadline-scheduled", new DeadlineScheduled(id, "ce-2", "d-1", DeadlineType.SELLER_RESPONSE,
                        Party.SELLER, due, AT)),
                Map.entry("deadline-cancelled", new DeadlineCancelled(id, "ce-3", "d-1", DeadlineType.SELLER_RESPONSE,
                        "The seller answered", AT)),
                Map.entry("deadline-expired", new DeadlineExpired(id, "ce-4", "d-1", DeadlineType.SELLER_RESPONSE, due, due)),
                Map.entry("ruling-applied", new RulingApplied(id, "ORD-1001", "buyer-17", "seller-3", "ce-5", "ruling-1",
                        "R1-SELLER-SILENT", Outcome.REFUND_BUYER, ResponsibleParty.SELLER,
                        List.of("The seller did not answer"), List.of("e-1"), "2026-1", 3, due, applied)),
                Map.entry("ruling-superseded", new RulingSuperseded(id, "ORD-1001", "buyer-17", "seller-3", "ce-6",
                        "ruling-1", "R1-SELLER-SILENT", 1, 3,
                        "The dispute changed (version 3) after the version the ruling was based on (1)", applied)),
                Map.entry("dispute-resolved", new DisputeResolved(id, "ORD-1001", "buyer-17", "seller-3",
                        DisputeStatus.RESOLVED, Outcome.REFUND_BUYER, null, ResponsibleParty.SELLER,
                        ResolvedBy.RULING, "R1-SELLER-SILENT", List.of("The seller did not answer"), applied)));
        Map<String, String> revisions = Map.ofEntries(Map.entry("dispute-opened", "2"),
                Map.entry("case-changed", "2"), Map.entry("deadline-scheduled", "1"),
                Map.entry("deadline-cancelled", "1"), Map.entry("deadline-expired", "1"),
                Map.entry("ruling-applied", "2"), Map.entry("ruling-superseded", "2"),
                Map.entry("seller-responded", "1"), Map.entry("proposal-answered", "1"),
                Map.entry("evidence-added", "1"), Map.entry("message-posted", "1"),
                Map.entry("dispute-escalated", "1"), Map.entry("receipt-answered", "1"),
                Map.entry("platform-requested", "1"),
                Map.entry("dispute-resolved", "3"));
        assertThat(events).hasSize(DisputeDomainEvent.class.getPermittedSubclasses().length);

        SoftAssertions.assertSoftly(softly -> events.forEach((name, event) -> {
            SerializedObject<String> stored = eventSerializer.serialize(event, String.class);
            softly.check(() -> JsonSnapshots.assertMatches("stored/" + name, stored.getData()));
            softly.assertThat(stored.getType().getRevision()).as(name).isEqualTo(revisions.get(name));
            Object read = eventSerializer.deserialize(new SimpleSerializedObject<>(stored.getData(), String.class,
                    stored.getType()));
            softly.assertThat(read).isEqualTo(event);
        }));
    }
}
