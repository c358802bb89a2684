package org.disputesuite.local.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;

/**
 * The 17TRACK API v2 push (docs/carriers/17track.md): a {@code TRACKING_UPDATED} snapshot with one
 * provider and one event, signed in {@code sign} with the hex SHA-256 of the body, {@code /} and the key.
 */
final class SeventeenTrackFormat implements CarrierFormat {

    static final String CODE = "17track";
    static final String SIGNATURE_HEADER = "sign";
    /** The event's sub-status, and its stage (17TRACK's milestone, which the adapter does not read). */
    private static final String[][] SUB_STATUSES = {
            {"InfoReceived", "InfoReceived"},
            {"InTransit_PickedUp", "PickedUp"},
            {"InTransit_Other", "Departure"},
            {"OutForDelivery_Other", "OutForDelivery"}};

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String body(BenchEvent event, String description) {
        String[] status = event.pick(SUB_STATUSES);
        return """
                {"event":"TRACKING_UPDATED","data":{"number":"%s","carrier":190271,"track_info":{\
                "tracking":{"providers":[{"events":[{"time_iso":"%s","time_utc":"%s","description":"%s",\
                "stage":"%s","sub_status":"%s","address":{"country":"ES","city":"Zaragoza","postal_code":"50197"}}]}]}}}}"""
                .formatted(event.trackingNumber(), event.occurredAt().atOffset(ZoneOffset.ofHours(1)),
                        event.occurredAt(), description, status[1], status[0]);
    }

    @Override
    public Map<String, String> signatureHeaders(String secret, BenchEvent event, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(body);
            sha256.update(("/" + secret).getBytes(StandardCharsets.UTF_8));
            return Map.of(SIGNATURE_HEADER, HexFormat.of().formatHex(sha256.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
