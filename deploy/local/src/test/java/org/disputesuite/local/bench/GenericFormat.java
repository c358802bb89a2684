package org.disputesuite.local.bench;

import java.util.Map;

/** The suite's own format (docs/carriers.md, {@code generic}), signed with Standard Webhooks headers. */
final class GenericFormat implements CarrierFormat {

    static final String CODE = "generic";
    private static final String[] STATUSES = {"INFO_RECEIVED", "IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY"};

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String body(BenchEvent event, String description) {
        return """
                {"trackingNumber": "%s",
                 "events": [{"eventId": "%s", "status": "%s", "subStatus": "HUB_SCAN",
                             "occurredAt": "%s", "description": "%s",
                             "location": {"city": "Zaragoza", "postalCode": "50197", "countryCode": "ES"}}]}
                """.formatted(event.trackingNumber(), event.eventId(), event.pick(STATUSES), event.occurredAt(),
                description);
    }

    @Override
    public Map<String, String> signatureHeaders(String secret, BenchEvent event, byte[] body) {
        return StandardWebhooksHeaders.of(secret, event, body);
    }
}
