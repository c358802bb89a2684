package org.disputesuite.tracking.webhook;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code suite.carriers.<code>.*}: one entry per carrier that may push webhooks. A carrier with no
 * secret is not configured at all ({@code SUITE_CARRIERS_<CODE>_SECRET}; several secrets separated
 * by commas while keys rotate).
 */
@ConfigurationProperties("suite")
public record CarrierSettings(Map<String, Carrier> carriers) {

    public CarrierSettings {
        carriers = carriers == null ? Map.of() : Map.copyOf(carriers);
    }

    /**
     * @param secret        the signing secrets; any of them may have signed a webhook
     * @param ratePerSecond the sustained rate of webhooks accepted from the carrier
     * @param burst         how many may arrive at once; twice the rate when not set
     * @param adapter       which adapter reads the carrier's format; when not set, the adapter named
     *                      like the carrier's code ({@code aftership}), else {@code generic}, the suite's own
     */
    public record Carrier(List<String> secret, @DefaultValue("50") double ratePerSecond, Double burst,
                          String adapter) {

        /** The adapter's name for carrier {@code code}, among the adapters there are. */
        String adapterName(String code, Set<String> adapters) {
            if (adapter != null && !adapter.isBlank()) {
                return adapter;
            }
            return adapters.contains(code) ? code : GenericCarrierAdapter.NAME;
        }
    }
}
