package org.disputesuite.notification.inbox;

import java.util.List;

import org.disputesuite.platform.security.Caller;
import org.disputesuite.platform.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Each party reads its own inbox, whatever its role. */
@RestController
class InboxController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final InboxStore inbox;

    InboxController(InboxStore inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/inbox")
    List<InboxMessage> inbox(Caller caller,
                             @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
                             @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1) {
            throw ApiProblem.invalid("limit", "must be at least 1");
        }
        if (offset < 0) {
            throw ApiProblem.invalid("offset", "must not be negative");
        }
        return inbox.of(caller.partyId(), Math.min(limit, MAX_LIMIT), offset);
    }
}
