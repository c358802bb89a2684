package org.disputesuite.tracking.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.disputesuite.tracking.TrackerIntegration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class RetentionTests extends TrackerIntegration {

    @Autowired
    private RetentionJob retention;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void forgetsWebhookIdsAfterThreeDaysAndUnregisteredParcelsEventsAfterThirtyDays() {
        String oldId = unique("msg");
        String recentId = unique("msg");
        String abandoned = unique("LP");
        String waiting = unique("LP");
        String registeredLongAgo = unique("LP");
        registerAsSeller(unique("ORD"), registeredLongAgo);
        receipt(oldId, Duration.ofHours(73));
        receipt(recentId, Duration.ofHours(71));
        pendingEvent(abandoned, Duration.ofDays(31));
        pendingEvent(waiting, Duration.ofDays(29));
        pendingEvent(registeredLongAgo, Duration.ofDays(60));

        retention.forgetExpired();

        assertThat(receiptsOf(oldId)).isZero();
        assertThat(receiptsOf(recentId)).isOne();
        assertThat(eventsOf(abandoned)).isZero();
        assertThat(eventsOf(waiting)).isOne();
        assertThat(eventsOf(registeredLongAgo)).isOne();
    }

    @Test
    void waitsForTheParcelLockAndKeepsEventsOfAShipmentRegisteredMeanwhile() throws Exception {
        String trackingNumber = unique("LP");
        jdbc.update("insert into tracked_parcels (carrier, tracking_number, first_seen_at) values ('generic', ?, ?)",
                trackingNumber, ago(Duration.ofDays(31)));
        pendingEvent(trackingNumber, Duration.ofDays(31));
        CountDownLatch locked = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> registration = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(
                    status -> {
                        jdbc.queryForList("select carrier from tracked_parcels where carrier = 'generic'"
                                + " and tracking_number = ? for update", String.class, trackingNumber);
                        locked.countDown();
                        Awaitility.await("retention waits for the parcel lock").atMost(Duration.ofSeconds(20))
                                .until(() -> sessionsWaitingForALock() > 0);
                        insertShipment(unique("ORD"), trackingNumber);
                    }));
            locked.await(10, TimeUnit.SECONDS);
            Future<?> cleanup = threads.submit(() -> retention.forgetExpired());

            registration.get(20, TimeUnit.SECONDS);
            cleanup.get(20, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(eventsOf(trackingNumber)).isOne();
    }

    private void insertShipment(String orderId, String trackingNumber) {
        jdbc.update("insert into shipments (order_id, carrier, tracking_number, seller_id, buyer_id, destination_name,"
                + " destination_line1, destination_city, destination_postal_code, destination_country_code,"
                + " shipped_at, promised_delivery_by, amount_value, amount_currency, registered_at)"
                + " values (?, 'generic', ?, 'seller-3', 'buyer-17', 'Ana', 'Calle Mayor 5', 'Madrid', '28013', 'ES',"
                + " ?, ?, '23.90', 'USD', ?)", orderId, trackingNumber, ago(Duration.ofDays(40)),
                ago(Duration.ofDays(30)), ago(Duration.ZERO));
    }

    /** Sessions of this test's database blocked on a row lock held by another transaction. */
    private int sessionsWaitingForALock() {
        return jdbc.queryForObject("select count(*) from pg_stat_activity"
                + " where datname = current_database() and wait_event_type = 'Lock'", Integer.class);
    }

    private void receipt(String webhookId, Duration age) {
        jdbc.update("insert into webhook_receipts (carrier, webhook_id, received_at) values ('generic', ?, ?)",
                webhookId, ago(age));
    }

    private void pendingEvent(String trackingNumber, Duration age) {
        jdbc.update("insert into tracking_events (carrier, tracking_number, carrier_event_id, status, raw_status,"
                + " occurred_at, received_at) values ('generic', ?, 'e1', 'IN_TRANSIT', 'IN_TRANSIT', ?, ?)",
                trackingNumber, ago(age), ago(age));
    }

    private OffsetDateTime ago(Duration age) {
        return OffsetDateTime.ofInstant(clock.instant().minus(age), ZoneOffset.UTC);
    }
}
