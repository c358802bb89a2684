package org.disputesuite.ruling.query;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.disputesuite.platform.security.Caller;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.ruling.decider.AppliedRuling;
import org.disputesuite.ruling.decider.DeadlineEntry;
import org.disputesuite.ruling.topology.DeadlineIndex;
import org.disputesuite.ruling.topology.StoreNames;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** docs/api.md "ruling-service (8083)": the ruling that took effect, and the open deadlines. */
@RestController
@RequestMapping("/api/v1")
class RulingQueryController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final LocalStores stores;

    RulingQueryController(LocalStores stores) {
        this.stores = stores;
    }

    /**
     * Rulings are stored by order id, like everything the topology keeps; the dispute's order id
     * is looked up first (on another instance's partitions, the order id is what routes there).
     */
    @GetMapping("/rulings/{disputeId}")
    RulingResponse ruling(@PathVariable String disputeId, Caller caller) {
        ReadOnlyKeyValueStore<String, String> disputeOrders = stores.keyValueStore(StoreNames.DISPUTE_ORDERS);
        String orderId = disputeOrders.get(disputeId);
        ReadOnlyKeyValueStore<String, AppliedRuling> rulings = stores.keyValueStore(StoreNames.RULINGS);
        AppliedRuling ruling = orderId == null ? null : rulings.get(orderId);
        if (ruling == null || !ruling.disputeId().equals(disputeId)) {
            throw ApiProblem.notFound("No ruling has taken effect on dispute " + disputeId);
        }
        if (!caller.mayRead(ruling.buyerId(), ruling.sellerId())) {
            throw ApiProblem.forbidden("Dispute " + disputeId + " is not yours");
        }
        return RulingResponse.of(ruling);
    }

    @GetMapping("/deadlines")
    List<DeadlineResponse> deadlines(@RequestParam(required = false) String dueBefore,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            @RequestParam(defaultValue = "0") int offset) {
        if (limit < 0) {
            throw ApiProblem.invalid("limit", "must not be negative");
        }
        if (offset < 0) {
            throw ApiProblem.invalid("offset", "must not be negative");
        }
        int wanted = Math.min(limit, MAX_LIMIT);
        Instant before = dueBefore == null || dueBefore.isBlank() ? DeadlineIndex.LATEST : parse(dueBefore);
        int needed = (int) Math.min(Integer.MAX_VALUE, (long) offset + wanted);
        return stores.<DeadlineEntry>partitionStores(StoreNames.DEADLINES).stream()
                .flatMap(partition -> DeadlineIndex.before(partition, before, needed).stream())
                .sorted(DeadlineIndex::compare)
                .skip(offset)
                .limit(wanted)
                .map(DeadlineResponse::of)
                .toList();
    }

    private static Instant parse(String instant) {
        try {
            return Instant.parse(instant);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("dueBefore", "must be an ISO-8601 instant such as 2026-11-20T10:00:00Z");
        }
    }
}
