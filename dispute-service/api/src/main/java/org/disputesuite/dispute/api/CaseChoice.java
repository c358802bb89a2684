package org.disputesuite.dispute.api;

import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.ShipmentStatus;

/** docs/policy.md "Platform rulings": the case of a dispute, chosen from the shipment's latest tracking. */
public final class CaseChoice {

    private CaseChoice() {
    }

    /**
     * @param status       the shipment's status, null when the carrier never reported
     * @param addressCheck the check of the reported delivery address, null when none reached this service
     * @param current      the dispute's case so far, null when it is being opened
     */
    public static DisputeCase choose(ShipmentStatus status, AddressCheck addressCheck, DisputeCase current) {
        if (status == ShipmentStatus.AVAILABLE_FOR_PICKUP) {
            return DisputeCase.PICKUP;
        }
        if (status == ShipmentStatus.DELIVERED) {
            if (current == DisputeCase.PICKUP) {
                return DisputeCase.PICKUP;
            }
            if (addressCheck == AddressCheck.MISMATCH || addressCheck == AddressCheck.UNKNOWN) {
                return DisputeCase.INCONSISTENT_DELIVERY;
            }
            return DisputeCase.DELIVERED;
        }
        return DisputeCase.IN_TRANSIT;
    }

    /** In-transit and delivered count as one: the seller's response window runs only there. */
    public static boolean sellerWindowRuns(DisputeCase disputeCase) {
        return disputeCase == DisputeCase.IN_TRANSIT || disputeCase == DisputeCase.DELIVERED;
    }

    /** Whether moving between these cases leaves the group the deadlines belong to. */
    public static boolean leavesSellerWindow(DisputeCase from, DisputeCase to) {
        return sellerWindowRuns(from) && !sellerWindowRuns(to);
    }

    /** Whether moving between these cases enters the group where the seller's window runs. */
    public static boolean entersSellerWindow(DisputeCase from, DisputeCase to) {
        return !sellerWindowRuns(from) && sellerWindowRuns(to);
    }
}
