package org.disputesuite.tracking.retention;

import java.time.Clock;
import java.time.Instant;

import org.disputesuite.tracking.shipment.PendingEventRetention;
import org.disputesuite.tracking.webhook.WebhookReceipts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets webhook ids and never-registered parcels' events once they are past their retention. */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionSettings settings;
    private final WebhookReceipts receipts;
    private final PendingEventRetention pendingEvents;
    private final Clock clock;

    RetentionJob(RetentionSettings settings, WebhookReceipts receipts, PendingEventRetention pendingEvents,
                 Clock clock) {
        this.settings = settings;
        this.receipts = receipts;
        this.pendingEvents = pendingEvents;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${suite.tracking.cleanup-interval:PT1H}",
            fixedDelayString = "${suite.tracking.cleanup-interval:PT1H}")
    public void forgetExpired() {
        Instant now = clock.instant();
        int webhookIds = receipts.forgetReceivedBefore(now.minus(settings.webhookIdRetention()));
        int events = pendingEvents.forgetReceivedBefore(now.minus(settings.pendingEventRetention()));
        if (webhookIds > 0 || events > 0) {
            log.info("Forgot {} webhook ids and {} events of parcels that were never registered",
                    webhookIds, events);
        }
    }
}
