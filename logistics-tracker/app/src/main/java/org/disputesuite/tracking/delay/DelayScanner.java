package org.disputesuite.tracking.delay;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises the delay alerts that fell due: every {@code suite.tracking.delay-scan-interval} it checks
 * the shipments whose next check has come, a batch at a time, each in its own transaction. A
 * publication that fails ends the scan; the shipments left stay due for the next one.
 */
@Component
public class DelayScanner {

    private static final Logger log = LoggerFactory.getLogger(DelayScanner.class);

    private final DelayStore store;
    private final DelayAlerter alerter;
    private final DelaySettings settings;
    private final Clock clock;

    DelayScanner(DelayStore store, DelayAlerter alerter, DelaySettings settings, Clock clock) {
        this.store = store;
        this.alerter = alerter;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${suite.tracking.delay-scan-interval:PT1M}",
            fixedDelayString = "${suite.tracking.delay-scan-interval:PT1M}")
    public void scanNow() {
        int raised = scanDue(clock.instant());
        if (raised > 0) {
            log.info("Raised {} delay alerts", raised);
        }
    }

    /**
     * Checks every shipment due at {@code now} and returns the number of alerts raised. A check
     * leaves a shipment due only later than {@code now}, so each batch is made of shipments not yet
     * checked.
     */
    public int scanDue(Instant now) {
        int raised = 0;
        List<DueShipment> due;
        do {
            due = store.findDue(now, settings.delayScanBatch());
            for (DueShipment shipment : due) {
                if (alerter.check(shipment, now).isPresent()) {
                    raised++;
                }
            }
        } while (due.size() == settings.delayScanBatch());
        return raised;
    }
}
