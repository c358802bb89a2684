package org.disputesuite.tracking.webhook;

import java.util.Map;
import java.util.TreeMap;

/** One webhook request as it arrived: the carrier code of its path, its headers and its raw body. */
public record WebhookDelivery(String carrier, Map<String, String> headers, byte[] body) {

    public WebhookDelivery {
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = caseInsensitive;
    }

    /** The header's value, or null; names are case-insensitive. */
    public String header(String name) {
        return headers.get(name);
    }
}
