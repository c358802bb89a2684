package org.disputesuite.tracking.delay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.DelayReason;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.DelayDetected;
import org.disputesuite.tracking.api.TrackingTopics;
import org.disputesuite.tracking.shipment.SqlTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Delay alerts from registration and webhooks to logistics.tracking.v1 and the shipment's
 * {@code delayed}, each scan run at an instant the test chooses. A scan checks every shipment due
 * then, other tests' included; each test looks only at its own orders.
 */
class DelayAlertTests extends TrackerIntegration {

    private static final Duration STALL_AFTER = Duration.ofDays(5);
    private static final EventCodec<TrackingEvent> CODEC = new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);

    @Autowired
    private DelayScanner scanner;

    @Autowired
    private MeterRegistry meters;

    @Test
    void raisesLateOnceAndOnlyOnceThePromisedDateHasPassed() {
        Instant promised = now().plus(Duration.ofDays(2));
        String orderId = registered(promised);

        scanner.scanDue(promised.minusSeconds(1));
        assertThat(delaysOf(orderId)).isEmpty();
        assertThat(delayed(orderId)).isFalse();

        scanner.scanDue(promised);
        scanner.scanDue(promised.plus(Duration.ofHours(1)));

        List<Delay> delays = delaysOf(orderId);
        assertThat(delays).extracting(Delay::id).containsExactly("delay:" + orderId + ":LATE");
        DelayDetected late = delays.get(0).event();
        assertThat(late.reason()).isEqualTo(DelayReason.LATE);
        assertThat(late.sellerId()).isEqualTo("seller-3");
        assertThat(late.buyerId()).isEqualTo("buyer-17");
        assertThat(late.promisedDeliveryBy()).isEqualTo(promised);
        assertThat(late.shipmentStatus()).isNull();
        assertThat(late.lastEventAt()).isNull();
        assertThat(late.detectedAt()).isEqualTo(promised);
        assertThat(delayed(orderId)).isTrue();
    }

    @Test
    void raisesAStallOnceEndsItWithTheNextUpdateAndRaisesTheNextStallAgain() {
        Instant firstEvent = now().minus(Duration.ofDays(1));
        String orderId = registered(now().plus(Duration.ofDays(60)));
        report(orderId, event("c-1", "IN_TRANSIT", firstEvent.toString()));

        scanner.scanDue(firstEvent.plus(STALL_AFTER).minusSeconds(1));
        assertThat(delaysOf(orderId)).isEmpty();
        scanner.scanDue(firstEvent.plus(STALL_AFTER));
        scanner.scanDue(firstEvent.plus(STALL_AFTER).plus(Duration.ofHours(1)));
        assertThat(delaysOf(orderId)).extracting(Delay::id)
                .containsExactly("delay:" + orderId + ":STALLED:" + firstEvent);
        assertThat(delayed(orderId)).isTrue();

        Instant nextEvent = now();
        report(orderId, event("c-2", "IN_TRANSIT", nextEvent.toString()));
        assertThat(delayed(orderId)).isFalse();
        scanner.scanDue(nextEvent.plus(STALL_AFTER).minusSeconds(1));
        assertThat(delaysOf(orderId)).hasSize(1);
        scanner.scanDue(nextEvent.plus(STALL_AFTER));

        List<Delay> delays = delaysOf(orderId);
        assertThat(delays).extracting(Delay::id).containsExactly("delay:" + orderId + ":STALLED:" + firstEvent,
                "delay:" + orderId + ":STALLED:" + nextEvent);
        DelayDetected second = delays.get(1).event();
        assertThat(second.reason()).isEqualTo(DelayReason.STALLED);
        assertThat(second.shipmentStatus()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(second.lastEventAt()).isEqualTo(nextEvent);
        assertThat(delayed(orderId)).isTrue();
    }

    @Test
    void stallsFromTheRegistrationWhileTheCarrierReportsNothing() {
        String orderId = registered(now().plus(Duration.ofDays(60)));
        Instant registeredAt = Instant.parse(shipment(orderId).get("registeredAt").asString());

        scanner.scanDue(registeredAt.plus(STALL_AFTER).minusMillis(1));
        assertThat(delaysOf(orderId)).isEmpty();
        scanner.scanDue(registeredAt.plus(STALL_AFTER));

        List<Delay> delays = delaysOf(orderId);
        assertThat(delays).extracting(Delay::id).containsExactly("delay:" + orderId + ":STALLED:registered");
        assertThat(delays.get(0).event().lastEventAt()).isNull();
        assertThat(delayed(orderId)).isTrue();
    }

    @Test
    void raisesOnlyLateWhenBothAreDueAndNoStallOnceLate() {
        Instant promised = now().plus(Duration.ofDays(1));
        String orderId = registered(promised);
        report(orderId, event("c-1", "IN_TRANSIT", now().minus(Duration.ofDays(10)).toString()));

        scanner.scanDue(promised);
        scanner.scanDue(promised.plus(Duration.ofDays(30)));

        assertThat(delaysOf(orderId)).extracting(delay -> delay.event().reason()).containsExactly(DelayReason.LATE);
    }

    @Test
    void neverDelaysADeliveredShipment() {
        Instant promised = now().plus(Duration.ofDays(1));
        String orderId = registered(promised);
        report(orderId, event("c-1", "DELIVERED", now().minus(Duration.ofHours(1)).toString()));

        scanner.scanDue(promised.plus(Duration.ofDays(30)));

        assertThat(delaysOf(orderId)).isEmpty();
        assertThat(delayed(orderId)).isFalse();
    }

    @Test
    void anArrivalAtAPickupPointEndsLateForGood() {
        Instant promised = now().plus(Duration.ofDays(1));
        String orderId = registered(promised);
        report(orderId, event("c-1", "IN_TRANSIT", now().minus(Duration.ofHours(1)).toString()));
        scanner.scanDue(promised);
        assertThat(delayed(orderId)).isTrue();

        report(orderId, event("c-2", "AVAILABLE_FOR_PICKUP", now().toString()));
        assertThat(delayed(orderId)).isFalse();
        scanner.scanDue(promised.plus(Duration.ofDays(30)));

        assertThat(delaysOf(orderId)).extracting(Delay::id).containsExactly("delay:" + orderId + ":LATE");
        assertThat(delayed(orderId)).isFalse();
    }

    @Test
    void detectsAgainWithTheSameEventIdWhenTheAlertWasNotStored() {
        Instant promised = now().plus(Duration.ofDays(1));
        String orderId = registered(promised);
        scanner.scanDue(promised);
        // as after a crash between Kafka's acknowledgement and the commit
        jdbc.update("update shipments set delay_alert = null, delay_late_raised = false, delay_check_at = ?"
                + " where order_id = ?", SqlTime.of(promised), orderId);

        scanner.scanDue(promised.plus(Duration.ofMinutes(1)));

        assertThat(delaysOf(orderId)).extracting(Delay::id)
                .containsExactly("delay:" + orderId + ":LATE", "delay:" + orderId + ":LATE");
        assertThat(delaysOf(orderId)).extracting(delay -> delay.event().detectedAt())
                .containsExactly(promised, promised.plus(Duration.ofMinutes(1)));
    }

    @Test
    void countsEveryAlertRaisedByReasonFromZero() {
        assertThat(meters.find("tracking.delay.alerts").tag("reason", "LATE").counter()).isNotNull();
        assertThat(meters.find("tracking.delay.alerts").tag("reason", "STALLED").counter()).isNotNull();
        Instant promised = now().plus(Duration.ofDays(1));
        registered(promised);
        double before = alertsCounted("LATE") + alertsCounted("STALLED");

        int raised = scanner.scanDue(promised);

        assertThat(raised).isPositive();
        assertThat(alertsCounted("LATE") + alertsCounted("STALLED")).isEqualTo(before + raised);
    }

    private record Delay(String id, DelayDetected event) {
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private String registered(Instant promised) {
        String orderId = unique("ORD");
        String body = registration(orderId, unique("LP"), "seller-3", "buyer-17")
                .replace("2026-11-20T23:59:59Z", promised.toString());
        var response = register(body, TestTokens.bearer("seller-3", "SELLER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return orderId;
    }

    private void report(String orderId, String event) {
        String trackingNumber = shipment(orderId).get("trackingNumber").asString();
        var response = webhook("generic", unique("msg"), trackingBody(trackingNumber, event), GENERIC_SECRET);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private JsonNode shipment(String orderId) {
        var response = get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private boolean delayed(String orderId) {
        return shipment(orderId).get("delayed").asBoolean();
    }

    private static List<Delay> delaysOf(String orderId) {
        return recordsFor(orderId).stream()
                .filter(record -> DelayDetected.TYPE.equals(header(record, "ce_type")))
                .map(record -> new Delay(header(record, "ce_id"), (DelayDetected) CODEC.decode(
                        EventEnvelope.from(record.key(), record.value(), record.headers()))))
                .toList();
    }

    private double alertsCounted(String reason) {
        return meters.find("tracking.delay.alerts").tag("reason", reason).counter().count();
    }
}
