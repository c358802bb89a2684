package org.disputesuite.tracking.shipment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.shipment.model.Shipment;

/**
 * The body of {@code POST /api/v1/shipments}: every field is required except the address's line2 and region.
 * Times are kept to the millisecond, so the same request sent again registers the same shipment and what is
 * published equals what is read back.
 */
public record RegistrationRequest(
        @NotBlank @Size(max = 100) String orderId,
        @NotBlank @Size(max = 100) String trackingNumber,
        @NotBlank @Size(max = 50)
        @Pattern(regexp = "[a-z0-9][a-z0-9_-]*", message = "must be a carrier code: lower-case letters, digits, '-' or '_'")
        String carrier,
        @NotBlank @Size(max = 100) String sellerId,
        @NotBlank @Size(max = 100) String buyerId,
        @NotNull @Valid Destination destination,
        @NotNull Instant shippedAt,
        @NotNull Instant promisedDeliveryBy,
        @NotNull @Valid Amount amount) {

    public record Destination(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @Size(max = 100) String region,
            @NotBlank @Size(max = 20) String postalCode,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as ES")
            String countryCode) {
    }

    @MinorUnits
    public record Amount(
            @NotBlank @Pattern(regexp = "\\d{1,15}(\\.\\d{1,4})?", message = "must be a decimal string such as 23.90")
            String value,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
            String currency) {
    }

    Shipment toShipment(Instant registeredAt) {
        return new Shipment(orderId, trackingNumber, carrier, sellerId, buyerId,
                new Address(destination.name(), destination.line1(), blankToNull(destination.line2()),
                        destination.city(), blankToNull(destination.region()), destination.postalCode(),
                        destination.countryCode()),
                shippedAt.truncatedTo(ChronoUnit.MILLIS), promisedDeliveryBy.truncatedTo(ChronoUnit.MILLIS),
                new Money(amount.value(), amount.currency()), registeredAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
