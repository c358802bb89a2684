package org.disputesuite.tracking.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.disputesuite.tracking.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RetentionIT extends TrackerIntegrationTest {

    @Autowired
    private RetentionJob retention;

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
