package org.disputesuite.tracking.carriers.cainiao;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What Cainiao's words mean (docs/carriers/cainiao.md): the action codes this adapter knows, then
 * the phrases of the tracking texts, tried in order, the first match deciding. A pickup station or
 * locker signing for a parcel is its arrival for collection; only the recipient's signature or
 * collection is a delivery, so the collection phrases come before the station ones, and these
 * before the signed-for ones.
 */
final class CainiaoStatuses {

    /** The sub-status of a customs step. */
    static final String CUSTOMS = "CUSTOMS";

    /** A normalized status with its sub-status, null where there is none. */
    record Meaning(ShipmentStatus status, String subStatus) {

        static Meaning of(ShipmentStatus status) {
            return new Meaning(status, null);
        }
    }

    private record Phrase(Pattern pattern, Meaning meaning) {
    }

    static final Map<String, Meaning> ACTION_CODES = Map.ofEntries(
            // first mile and the consolidation warehouse
            Map.entry("PU_PICKUP_SUCCESS", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            Map.entry("GWMS_ACCEPT", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            Map.entry("GWMS_PACKAGE", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            Map.entry("GWMS_OUTBOUND", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            // sorting centre and line haul
            Map.entry("SC_INBOUND", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            Map.entry("SC_INBOUND_SUCCESS", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            Map.entry("SC_OUTBOUND_SUCCESS", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            Map.entry("LH_HO_IN_SUCCESS", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            Map.entry("LH_HO_AIRLINE", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            Map.entry("LH_DEPART", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            Map.entry("LH_ARRIVE", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            // export and import customs
            Map.entry("CC_EX_START", new Meaning(ShipmentStatus.IN_TRANSIT, CUSTOMS)),
            Map.entry("CC_EX_SUCCESS", new Meaning(ShipmentStatus.IN_TRANSIT, CUSTOMS)),
            Map.entry("CC_IM_START", new Meaning(ShipmentStatus.IN_TRANSIT, CUSTOMS)),
            Map.entry("CC_IM_SUCCESS", new Meaning(ShipmentStatus.IN_TRANSIT, CUSTOMS)),
            // last mile
            Map.entry("GTMS_ACCEPT", Meaning.of(ShipmentStatus.IN_TRANSIT)),
            Map.entry("GTMS_DELIVERING", Meaning.of(ShipmentStatus.OUT_FOR_DELIVERY)),
            Map.entry("GTMS_STA_SIGNED", Meaning.of(ShipmentStatus.AVAILABLE_FOR_PICKUP)),
            Map.entry("GTMS_WAIT_SELF_PICK", Meaning.of(ShipmentStatus.AVAILABLE_FOR_PICKUP)),
            Map.entry("GTMS_SIGNED", Meaning.of(ShipmentStatus.DELIVERED)));

    private static final List<Phrase> PHRASES = List.of(
            // the recipient collected it, from a station or a locker too
            phrase("已取出|已被取出|已从[^，,。]{0,30}取出|已领取|本人签收|本人已签收|凭取[件货]码签收", ShipmentStatus.DELIVERED),
            // waiting for collection; a station or locker took it in
            phrase("到达待取|待取件|请及时取件|请尽快取件|取件码|驿站|快递柜|智能柜|自提柜|自提点|丰巢|代收(?!货款)",
                    ShipmentStatus.AVAILABLE_FOR_PICKUP),
            phrase("退回|退件", ShipmentStatus.RETURNED_TO_SENDER),
            phrase("投递失败|派送失败|派件失败|投递不成功", ShipmentStatus.ATTEMPT_FAILED),
            phrase("已签收|签收人|签收成功|妥投", ShipmentStatus.DELIVERED),
            phrase("派送中|派件中|正在派送|正在派件", ShipmentStatus.OUT_FOR_DELIVERY),
            new Phrase(Pattern.compile("清关"), new Meaning(ShipmentStatus.IN_TRANSIT, CUSTOMS)),
            phrase("运输中|已揽收|已发出|已到达|转运", ShipmentStatus.IN_TRANSIT));

    private CainiaoStatuses() {
    }

    /** The meaning of a known action code. */
    static Optional<Meaning> ofActionCode(String actionCode) {
        return Optional.ofNullable(actionCode == null ? null : ACTION_CODES.get(actionCode));
    }

    /** The meaning of the first phrase the text contains. */
    static Optional<Meaning> ofText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return PHRASES.stream().filter(phrase -> phrase.pattern().matcher(text).find()).map(Phrase::meaning)
                .findFirst();
    }

    private static Phrase phrase(String alternatives, ShipmentStatus status) {
        return new Phrase(Pattern.compile(alternatives), Meaning.of(status));
    }
}
