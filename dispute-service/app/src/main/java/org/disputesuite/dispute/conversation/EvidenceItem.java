package org.disputesuite.dispute.conversation;

import java.time.Instant;

import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.platform.validation.CallerText;
import org.disputesuite.platform.validation.SupportedInstant;
import org.disputesuite.tracking.api.Address;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One evidence item as a party sends it; a customer-caused delay must say until when and show a voucher. */
record EvidenceItem(@NotNull EvidenceType type,
                    @Size(max = 2000) String description,
                    @Size(max = 500) String documentRef,
                    @SupportedInstant Instant occurredAt,
                    @SupportedInstant Instant delayUntil,
                    @Valid AddressBody address) {

    EvidenceItem {
        description = CallerText.nfc(description);
        documentRef = CallerText.nfc(documentRef);
    }

    @AssertTrue(message = "is required for CUSTOMER_DELAY evidence")
    boolean isDelayUntil() {
        return type != EvidenceType.CUSTOMER_DELAY || delayUntil != null;
    }

    @AssertTrue(message = "is required for CUSTOMER_DELAY evidence")
    boolean isDocumentRef() {
        return type != EvidenceType.CUSTOMER_DELAY || documentRef != null && !documentRef.isBlank();
    }

    Evidence toEvidence() {
        return new Evidence(type, description, documentRef, occurredAt, delayUntil,
                address == null ? null : address.toAddress());
    }

    /** A delivery address as the evidence shows it; any part may be missing. */
    record AddressBody(@Size(max = 200) String name,
                       @Size(max = 200) String line1,
                       @Size(max = 200) String line2,
                       @Size(max = 100) String city,
                       @Size(max = 100) String region,
                       @Size(max = 20) String postalCode,
                       @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as ES")
                       String countryCode) {

        AddressBody {
            name = CallerText.nfc(name);
            line1 = CallerText.nfc(line1);
            line2 = CallerText.nfc(line2);
            city = CallerText.nfc(city);
            region = CallerText.nfc(region);
            postalCode = CallerText.nfc(postalCode);
        }

        Address toAddress() {
            return new Address(name, line1, line2, city, region, postalCode, countryCode);
        }
    }
}
