package org.disputesuite.tracking.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.TrackingLocation;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The suite's own format (docs/api.md, carrier {@code generic}), signed with Standard Webhooks headers.
 * Every missing or malformed field is reported at once, by its path ({@code events[0].occurredAt}).
 * Texts are taken in NFC; a tracking number must be one a seller could register; times must lie in
 * the supported range; more than {@link CarrierReport#MAX_EVENTS} events are refused before any is read.
 */
@Component
public class GenericCarrierAdapter implements OneParcelAdapter {

    public static final String NAME = "generic";


    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> authenticate(WebhookDelivery delivery, List<String> secrets, Instant now) {
        return Optional.of(StandardWebhooks.authenticate(delivery, secrets, now));
    }

    @Override
    public CarrierReport read(WebhookDelivery delivery) {
        JsonNode root = CarrierBodies.json(delivery);
        if (root == null || !root.isObject()) {
            throw CarrierBodies.malformed("The body must be a JSON object with trackingNumber and events");
        }
        BodyFields fields = new BodyFields();
        JsonNode eventNodes = root.get("events");
        if (eventNodes != null && eventNodes.isArray() && eventNodes.size() > CarrierReport.MAX_EVENTS) {
            throw new TooManyEventsException(eventNodes.size());
        }
        String trackingNumber = fields.id(root, "trackingNumber", "trackingNumber");
        List<CarrierEvent> events = new ArrayList<>();
        if (eventNodes == null || !eventNodes.isArray()) {
            fields.problem("events", "is required: a list of events");
        } else {
            for (int i = 0; i < eventNodes.size(); i++) {
                event(eventNodes.get(i), "events[" + i + "]", fields).ifPresent(events::add);
            }
        }
        if (!fields.problems().isEmpty()) {
            throw ApiProblem.invalid(fields.problems());
        }
        return new CarrierReport(new ParcelId(delivery.carrier(), trackingNumber), events);
    }

    private static Optional<CarrierEvent> event(JsonNode node, String path, BodyFields fields) {
        if (node == null || !node.isObject()) {
            fields.problem(path, "must be an object");
            return Optional.empty();
        }
        int before = fields.problems().size();
        String eventId = fields.text(node, "eventId", path + ".eventId", true, 200);
        String status = fields.text(node, "status", path + ".status", true, 100);
        Instant occurredAt = fields.instant(node, "occurredAt", path + ".occurredAt", true);
        String subStatus = fields.text(node, "subStatus", path + ".subStatus", false, 100);
        String description = fields.text(node, "description", path + ".description", false, 2000);
        TrackingLocation location = location(node.get("location"), path + ".location", fields);
        PickupPoint pickupPoint = pickupPoint(node.get("pickupPoint"), path + ".pickupPoint", fields);
        Address deliveredTo = address(node.get("deliveredTo"), path + ".deliveredTo", fields);
        String signedBy = fields.text(node, "signedBy", path + ".signedBy", false, 200);
        if (fields.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(CarrierEvent.of(eventId, status, subStatus, occurredAt, description, location,
                pickupPoint, deliveredTo, signedBy));
    }

    /** Null when absent or when it says nothing; its collect-by time is the carrier's only. */
    private static PickupPoint pickupPoint(JsonNode node, String path, BodyFields fields) {
        if (!fields.object(node, path)) {
            return null;
        }
        String id = fields.text(node, "id", path + ".id", false, 100);
        String name = fields.text(node, "name", path + ".name", false, 200);
        Address address = address(node.get("address"), path + ".address", fields);
        Instant collectBy = fields.instant(node, "collectBy", path + ".collectBy", false);
        if (id == null && name == null && address == null && collectBy == null) {
            return null;
        }
        return new PickupPoint(id, name, address, collectBy);
    }

    /** The parts of an address the tracker keeps, each as long as a registered one may be; null when it says nothing. */
    private static Address address(JsonNode node, String path, BodyFields fields) {
        if (!fields.object(node, path)) {
            return null;
        }
        String name = fields.text(node, "name", path + ".name", false, 200);
        String line1 = fields.text(node, "line1", path + ".line1", false, 200);
        String line2 = fields.text(node, "line2", path + ".line2", false, 200);
        String city = fields.text(node, "city", path + ".city", false, 100);
        String region = fields.text(node, "region", path + ".region", false, 100);
        String postalCode = fields.text(node, "postalCode", path + ".postalCode", false, 20);
        String countryCode = fields.text(node, "countryCode", path + ".countryCode", false, 2);
        if (name == null && line1 == null && line2 == null && city == null && region == null && postalCode == null
                && countryCode == null) {
            return null;
        }
        return new Address(name, line1, line2, city, region, postalCode, countryCode);
    }

    private static TrackingLocation location(JsonNode node, String path, BodyFields fields) {
        if (!fields.object(node, path)) {
            return null;
        }
        String city = fields.text(node, "city", path + ".city", false, 100);
        String postalCode = fields.text(node, "postalCode", path + ".postalCode", false, 20);
        String countryCode = fields.text(node, "countryCode", path + ".countryCode", false, 2);
        if (city == null && postalCode == null && countryCode == null) {
            return null;
        }
        return new TrackingLocation(city, postalCode, countryCode);
    }

}
