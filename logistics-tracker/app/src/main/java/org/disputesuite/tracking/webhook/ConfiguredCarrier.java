package org.disputesuite.tracking.webhook;

import java.util.List;

/** A carrier that may push webhooks: its secrets, its adapter and its rate. */
public record ConfiguredCarrier(String code, List<String> secrets, CarrierAdapter adapter, double ratePerSecond,
                                double burst) {

    public ConfiguredCarrier {
        secrets = List.copyOf(secrets);
    }
}
