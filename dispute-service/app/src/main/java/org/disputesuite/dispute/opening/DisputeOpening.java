package org.disputesuite.dispute.opening;

import java.time.Clock;
import java.time.Instant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disputesuite.dispute.api.CaseChoice;
import org.disputesuite.dispute.api.OpeningWindow;
import org.disputesuite.dispute.domain.DisputeId;
import org.disputesuite.dispute.domain.OpenDispute;
import org.disputesuite.dispute.metrics.DisputeMetrics;
import org.disputesuite.dispute.shipments.KnownShipment;
import org.disputesuite.dispute.shipments.KnownShipments;
import org.disputesuite.platform.security.Caller;
import org.disputesuite.platform.web.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * Opens a buyer's dispute after checking, in docs/api.md's order, that the order's shipment is known,
 * that the order is the caller's, that it has no dispute yet and that the opening window allows it.
 */
@Service
class DisputeOpening {

    private final KnownShipments shipments;
    private final EventStore eventStore;
    private final CommandGateway commands;
    private final OpeningWindow openingWindow;
    private final DisputeMetrics metrics;
    private final Clock clock;

    DisputeOpening(KnownShipments shipments, EventStore eventStore, CommandGateway commands,
                   OpeningWindow openingWindow, DisputeMetrics metrics, Clock clock) {
        this.shipments = shipments;
        this.eventStore = eventStore;
        this.commands = commands;
        this.openingWindow = openingWindow;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Returns the new dispute's id. */
    String open(Caller caller, OpenDisputeRequest request) {
        KnownShipment shipment = shipments.find(request.orderId())
                .orElseThrow(() -> ApiProblem.unprocessable("Order " + request.orderId() + " has no known shipment"));
        if (!shipment.buyerId().equals(caller.partyId())) {
            throw ApiProblem.forbidden("Order " + request.orderId() + " is not yours");
        }
        String disputeId = DisputeId.forOrder(request.orderId());
        if (eventStore.lastSequenceNumberFor(disputeId).isPresent()) {
            throw alreadyDisputed(request.orderId());
        }
        Instant now = clock.instant();
        OpeningWindow.Decision window = openingWindow.check(shipment.promisedDeliveryBy(), shipment.status(), now);
        if (!window.allowed()) {
            throw ApiProblem.unprocessable(window.reason())
                    .with("allowedFrom", window.allowedFrom())
                    .with("allowedUntil", window.allowedUntil());
        }
        try {
            commands.sendAndWait(new OpenDispute(disputeId, shipment.orderId(), shipment.buyerId(),
                    shipment.sellerId(), request.reason(), request.requestedSolution(), request.description(),
                    shipment.amount(), shipment.promisedDeliveryBy(), CaseChoice.choose(shipment.status(),
                            shipment.addressCheck(), null), now));
        } catch (AggregateStreamCreationException | ConcurrencyException e) {
            throw alreadyDisputed(request.orderId());
        }
        metrics.opened(request.requestedSolution());
        return disputeId;
    }

    private static ApiProblem alreadyDisputed(String orderId) {
        return ApiProblem.conflict("Order " + orderId + " already has a dispute; an order may have only one");
    }
}
