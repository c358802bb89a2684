package org.disputesuite.dispute.opening;

import java.net.URI;

import org.disputesuite.dispute.view.DisputeReader;
import org.disputesuite.dispute.view.DisputeView;
import org.disputesuite.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/disputes")
class OpeningController {

    private final DisputeOpening opening;
    private final DisputeReader reader;

    OpeningController(DisputeOpening opening, DisputeReader reader) {
        this.opening = opening;
        this.reader = reader;
    }

    @PostMapping
    ResponseEntity<DisputeView> open(@Valid @RequestBody OpenDisputeRequest request, Caller caller) {
        String disputeId = opening.open(caller, request);
        DisputeView dispute = reader.read(disputeId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/disputes/" + disputeId)).body(dispute);
    }
}
