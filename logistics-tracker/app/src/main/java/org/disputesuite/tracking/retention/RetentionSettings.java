package org.disputesuite.tracking.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the tracker remembers what it may need again: webhook ids (replays are answered 202 with
 * no effect for at least 72 hours) and events of parcels that were never registered.
 */
@ConfigurationProperties("suite.tracking")
public record RetentionSettings(@DefaultValue("P3D") Duration webhookIdRetention,
                                @DefaultValue("P30D") Duration pendingEventRetention) {

    static final Duration MIN_WEBHOOK_ID_RETENTION = Duration.ofHours(72);

    public RetentionSettings {
        if (webhookIdRetention.compareTo(MIN_WEBHOOK_ID_RETENTION) < 0) {
            throw new IllegalArgumentException("suite.tracking.webhook-id-retention must be at least 72 hours");
        }
    }
}
