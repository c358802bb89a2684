package org.disputesuite.dispute.view;

import java.util.Arrays;
import java.util.List;

import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.platform.security.Caller;
import org.disputesuite.platform.validation.CallerText;
import org.disputesuite.platform.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/disputes")
class DisputeQueryController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final DisputeReader reader;
    private final DisputeSummaries summaries;

    DisputeQueryController(DisputeReader reader, DisputeSummaries summaries) {
        this.reader = reader;
        this.summaries = summaries;
    }

    @GetMapping("/{disputeId}")
    DisputeView dispute(@PathVariable String disputeId, Caller caller) {
        DisputeView dispute = reader.read(disputeId)
                .orElseThrow(() -> ApiProblem.notFound("There is no dispute " + disputeId));
        if (!caller.mayRead(dispute.buyerId(), dispute.sellerId())) {
            throw ApiProblem.forbidden("Dispute " + disputeId + " is not yours");
        }
        return dispute;
    }

    @GetMapping
    List<DisputeSummary> disputes(@RequestParam(required = false) String orderId,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
                                  @RequestParam(defaultValue = "0") int offset, Caller caller) {
        if (limit < 1) {
            throw ApiProblem.invalid("limit", "must be at least 1");
        }
        if (offset < 0) {
            throw ApiProblem.invalid("offset", "must not be negative");
        }
        return summaries.find(caller.isOperator() ? null : caller.partyId(), CallerText.nfc(orderId),
                parseStatus(status), Math.min(limit, MAX_LIMIT), offset);
    }

    private static DisputeStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DisputeStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("status", "must be one of " + Arrays.toString(DisputeStatus.values()));
        }
    }
}
