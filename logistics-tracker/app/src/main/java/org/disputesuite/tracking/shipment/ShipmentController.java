package org.disputesuite.tracking.shipment;

import java.net.URI;
import java.time.Clock;

import jakarta.validation.Valid;

import org.disputesuite.platform.security.Caller;
import org.disputesuite.platform.validation.CallerText;
import org.disputesuite.platform.web.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/shipments")
class ShipmentController {

    private final ShipmentRegistrar registrar;
    private final ShipmentQueries queries;
    private final Clock clock;

    ShipmentController(ShipmentRegistrar registrar, ShipmentQueries queries, Clock clock) {
        this.registrar = registrar;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ShipmentView> register(@Valid @RequestBody RegistrationRequest request, Caller caller) {
        if (!caller.isOperator() && !caller.partyId().equals(request.sellerId())) {
            throw ApiProblem.forbidden("A seller registers the shipments of their own orders only");
        }
        ShipmentRegistrar.Registration registration = registrar.register(request.toShipment(clock.instant()), caller);
        ShipmentView view = queries.find(request.orderId()).orElseThrow();
        if (registration == ShipmentRegistrar.Registration.UNCHANGED) {
            return ResponseEntity.ok(view);
        }
        URI location = UriComponentsBuilder.fromPath("/api/v1/shipments/{orderId}")
                .buildAndExpand(request.orderId()).encode().toUri();
        return ResponseEntity.created(location).body(view);
    }

    /** The order id is read in NFC, the form it was registered in, whichever form the URL spells it in. */
    @GetMapping("/{orderId}")
    ShipmentView get(@PathVariable("orderId") String spelled, Caller caller) {
        String orderId = CallerText.nfc(spelled);
        ShipmentView view = queries.find(orderId)
                .orElseThrow(() -> ApiProblem.notFound("No shipment is registered for order " + orderId));
        if (!caller.mayRead(view.buyerId(), view.sellerId())) {
            throw ApiProblem.forbidden("Order " + orderId + " is not yours");
        }
        return view;
    }
}
