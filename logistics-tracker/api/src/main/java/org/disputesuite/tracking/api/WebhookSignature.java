package org.disputesuite.tracking.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collection;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature carriers put on the suite's own webhook format:
 * {@code v1,<base64 of HMAC-SHA256(secret, id + "." + timestamp + "." + body)>}, keyed with the
 * UTF-8 bytes of the carrier's secret.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private WebhookSignature() {
    }

    public static String sign(String secret, String id, long timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(mac(secret, id, timestamp, body));
    }

    /** True when any of the space-separated v1 signatures was made with any of the secrets. */
    public static boolean verify(Collection<String> secrets, String id, long timestamp, byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        for (String secret : secrets) {
            byte[] expected = mac(secret, id, timestamp, body);
            for (String signature : header.trim().split("\\s+")) {
                if (!signature.startsWith("v1,")) {
                    continue;
                }
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(signature.substring(3));
                } catch (IllegalArgumentException notBase64) {
                    continue;
                }
                if (MessageDigest.isEqual(expected, given)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] mac(String secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
