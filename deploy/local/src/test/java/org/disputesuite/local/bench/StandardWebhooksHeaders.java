package org.disputesuite.local.bench;

import java.util.Map;

import org.disputesuite.tracking.api.WebhookSignature;

/** The Standard Webhooks headers, the signature of {@code generic} and of the carriers that sign like it. */
final class StandardWebhooksHeaders {

    private StandardWebhooksHeaders() {
    }

    static Map<String, String> of(String secret, BenchEvent event, byte[] body) {
        return Map.of(
                WebhookSignature.ID_HEADER, event.deliveryId(),
                WebhookSignature.TIMESTAMP_HEADER, String.valueOf(event.sentAt()),
                WebhookSignature.SIGNATURE_HEADER,
                WebhookSignature.sign(secret, event.deliveryId(), event.sentAt(), body));
    }
}
