package org.disputesuite.local.bench;

import java.util.Map;

/**
 * Cainiao's tracking push (docs/carriers/cainiao.md): one {@code detailList} entry with a known
 * {@code actionCode} and its Chinese text, signed with Standard Webhooks headers like {@code generic}.
 */
final class CainiaoFormat implements CarrierFormat {

    static final String CODE = "cainiao";
    private static final String[][] ACTIONS = {
            {"GWMS_ACCEPT", "包裹已到达菜鸟广州仓，正在处理", "Received by warehouse"},
            {"SC_INBOUND_SUCCESS", "已到达分拣中心", "Arrived at sorting center"},
            {"LH_DEPART", "干线已出发", "Line haul departed"},
            {"GTMS_DELIVERING", "快件派送中", "Out for delivery"}};

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String body(BenchEvent event, String description) {
        String[] action = event.pick(ACTIONS);
        return """
                {"mailNo":"%s","cpCode":"CAINIAO_GLOBAL","detailList":[{"time":%d,"timeZone":"+8",\
                "actionCode":"%s","desc":"%s %s","standerdDesc":"%s"}]}"""
                .formatted(event.trackingNumber(), event.occurredAt().toEpochMilli(), action[0], action[1],
                        description, action[2]);
    }

    @Override
    public Map<String, String> signatureHeaders(String secret, BenchEvent event, byte[] body) {
        return StandardWebhooksHeaders.of(secret, event, body);
    }
}
