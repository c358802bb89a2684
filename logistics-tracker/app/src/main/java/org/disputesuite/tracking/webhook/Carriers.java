package org.disputesuite.tracking.webhook;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The carriers configured with at least one secret; any other code is unknown. */
@Component
public class Carriers {

    private final Map<String, ConfiguredCarrier> byCode = new LinkedHashMap<>();

    public Carriers(CarrierSettings settings, List<CarrierAdapter> adapters) {
        Map<String, CarrierAdapter> adaptersByName = adapters.stream()
                .collect(Collectors.toMap(CarrierAdapter::name, Function.identity()));
        settings.carriers().forEach((code, carrier) -> {
            List<String> secrets = carrier.secret() == null ? List.of() : carrier.secret().stream()
                    .map(String::trim)
                    .filter(secret -> !secret.isEmpty())
                    .toList();
            if (secrets.isEmpty()) {
                return;
            }
            String adapterName = carrier.adapterName(code, adaptersByName.keySet());
            CarrierAdapter adapter = adaptersByName.get(adapterName);
            if (adapter == null) {
                throw new IllegalStateException("suite.carriers." + code + ".adapter is " + adapterName
                        + "; the adapters are " + adaptersByName.keySet());
            }
            if (carrier.ratePerSecond() <= 0 || (carrier.burst() != null && carrier.burst() < 1)) {
                throw new IllegalStateException("suite.carriers." + code
                        + " needs a positive rate-per-second and a burst of at least 1");
            }
            double burst = carrier.burst() != null ? carrier.burst() : Math.max(1, 2 * carrier.ratePerSecond());
            byCode.put(code, new ConfiguredCarrier(code, secrets, adapter, carrier.ratePerSecond(), burst));
        });
    }

    public Optional<ConfiguredCarrier> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<ConfiguredCarrier> all() {
        return byCode.values();
    }
}
