package org.disputesuite.local.bench;

import java.util.Map;

/**
 * A postal operator's UPU EMSEVT events (docs/carriers/upu.md): a list of one tracking item with
 * one event, its time as {@code /Date(ms)/}, signed with Standard Webhooks headers like {@code generic}.
 */
final class UpuFormat implements CarrierFormat {

    static final String CODE = "upu";
    private static final String[][] EVENTS = {
            {"EMA", "Posting/collection"},
            {"EMC", "Departure from outward office of exchange"},
            {"EMD", "Arrival at inward office of exchange"},
            {"EDG", "Item out for delivery"}};

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String body(BenchEvent event, String description) {
        String[] code = event.pick(EVENTS);
        return """
                [{"ID":"%s","Events":[{"EventCd":"%s","EventNm":"%s: %s","EventLocation":"ZARAGOZA CTA 50197",\
                "EventDT":"/Date(%d)/","EventOfficeCd":"ES50197","ReasonCd":null,"ActionCd":null}]}]"""
                .formatted(event.trackingNumber(), code[0], code[1], description,
                        event.occurredAt().toEpochMilli());
    }

    @Override
    public Map<String, String> signatureHeaders(String secret, BenchEvent event, byte[] body) {
        return StandardWebhooksHeaders.of(secret, event, body);
    }
}
