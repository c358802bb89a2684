package org.disputesuite.local.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AfterShip tracking webhook (docs/carriers/aftership.md): one checkpoint in a
 * {@code tracking_update}, the delivery id as its {@code event_id}, signed with the base64
 * HMAC-SHA256 of the body in {@code aftership-hmac-sha256}.
 */
final class AfterShipFormat implements CarrierFormat {

    static final String CODE = "aftership";
    static final String SIGNATURE_HEADER = "aftership-hmac-sha256";
    private static final String[][] TAGS = {
            {"InfoReceived", "InfoReceived_001", "PRE_ADVICE"},
            {"InTransit", "InTransit_002", "ACCEPTED"},
            {"InTransit", "InTransit_003", "HUB_SCAN"},
            {"OutForDelivery", "OutForDelivery_001", "ON_VEHICLE"}};

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String body(BenchEvent event, String description) {
        String[] tag = event.pick(TAGS);
        return """
                {"event":"tracking_update","event_id":"%s","ts":%d,"msg":{"tracking_number":"%s","tag":"%s",\
                "checkpoints":[{"checkpoint_time":"%s","tag":"%s","subtag":"%s","raw_tag":"%s",\
                "message":"%s","city":"Zaragoza","zip":"50197","country_region":"ESP"}]}}"""
                .formatted(UUID.nameUUIDFromBytes(event.deliveryId().getBytes(StandardCharsets.UTF_8)),
                        event.sentAt(), event.trackingNumber(), tag[0],
                        event.occurredAt().atOffset(ZoneOffset.ofHours(1)), tag[0], tag[1], tag[2], description);
    }

    @Override
    public Map<String, String> signatureHeaders(String secret, BenchEvent event, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Map.of(SIGNATURE_HEADER, Base64.getEncoder().encodeToString(mac.doFinal(body)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
