package org.disputesuite.tracking.shipment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.disputesuite.platform.validation.CallerText;
import org.disputesuite.platform.validation.SupportedInstant;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.Identifiers;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.shipment.model.Shipment;

/**
 * The body of {@code POST /api/v1/shipments}: every field is required except the address's line2 and region.
 * Texts are taken in NFC and ids checked in that form, so the same registration typed in another Unicode form
 * is the same registration. Times are kept to the millisecond, so the same request sent again registers the
 * same shipment and what is published equals what is read back.
 */
public record RegistrationRequest(
        @NotNull @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.FORM, message = Identifiers.RULE)
        String orderId,
        @NotNull @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.FORM, message = Identifiers.RULE)
        String trackingNumber,
        @NotBlank @Size(max = 50)
        @Pattern(regexp = "[a-z0-9][a-z0-9_-]*", message = "must be a carrier code: lower-case letters, digits, '-' or '_'")
        String carrier,
        @NotNull @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.FORM, message = Identifiers.RULE)
        String sellerId,
        @NotNull @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.FORM, message = Identifiers.RULE)
        String buyerId,
        @NotNull @Valid Destination destination,
        @NotNull @SupportedInstant Instant shippedAt,
        @NotNull @SupportedInstant Instant promisedDeliveryBy,
        @NotNull @Valid Amount amount) {

    public RegistrationRequest {
        orderId = CallerText.nfc(orderId);
        trackingNumber = CallerText.nfc(trackingNumber);
        carrier = CallerText.nfc(carrier);
        sellerId = CallerText.nfc(sellerId);
        buyerId = CallerText.nfc(buyerId);
    }

    public record Destination(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @Size(max = 100) String region,
            @NotBlank @Size(max = 20) String postalCode,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as ES")
            String countryCode) {

        public Destination {
            name = CallerText.nfc(name);
            line1 = CallerText.nfc(line1);
            line2 = CallerText.nfc(line2);
            city = CallerText.nfc(city);
            region = CallerText.nfc(region);
            postalCode = CallerText.nfc(postalCode);
            countryCode = CallerText.nfc(countryCode);
        }
    }

    @MinorUnits
    public record Amount(
            @NotBlank @Pattern(regexp = "\\d{1,15}(\\.\\d{1,4})?", message = "must be a decimal string such as 23.90")
            String value,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
            String currency) {

        public Amount {
            value = CallerText.nfc(value);
            currency = CallerText.nfc(currency);
        }
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
