package org.disputesuite.dispute.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.domain.ActionNotAllowedException;
import org.disputesuite.dispute.domain.PolicyViolationException;
import org.disputesuite.dispute.view.DisputeReader;
import org.disputesuite.dispute.view.DisputeView;
import org.disputesuite.platform.security.Caller;
import org.disputesuite.platform.security.Role;
import org.disputesuite.platform.web.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * Runs a party's action on a dispute after the checks docs/api.md puts before it: the dispute
 * exists (404) and is the caller's (403); the aggregate then refuses what its status does not
 * allow (409) and what breaks a rule of the policy (422). Answers the dispute as it is after the
 * action.
 */
@Service
class DisputeActions {

    private final DisputeReader reader;
    private final CommandGateway commands;
    private final Clock clock;

    DisputeActions(DisputeReader reader, CommandGateway commands, Clock clock) {
        this.reader = reader;
        this.commands = commands;
        this.clock = clock;
    }

    /** An action of the dispute's seller only. */
    DisputeView actAsSeller(String disputeId, Caller caller, Function<Acting, Object> command) {
        return act(disputeId, caller, EnumSet.of(Party.SELLER), command);
    }

    /** An action of the dispute's buyer only. */
    DisputeView actAsBuyer(String disputeId, Caller caller, Function<Acting, Object> command) {
        return act(disputeId, caller, EnumSet.of(Party.BUYER), command);
    }

    /** An action of either party of the dispute. */
    DisputeView actAsEitherParty(String disputeId, Caller caller, Function<Acting, Object> command) {
        return act(disputeId, caller, EnumSet.of(Party.BUYER, Party.SELLER), command);
    }

    /** {@code command} is made from the party the caller acts as and the time of the action. */
    private DisputeView act(String disputeId, Caller caller, Set<Party> parties, Function<Acting, Object> command) {
        DisputeView dispute = reader.read(disputeId)
                .orElseThrow(() -> ApiProblem.notFound("There is no dispute " + disputeId));
        Party party = partyOf(caller, dispute, parties);
        try {
            commands.sendAndWait(command.apply(new Acting(party, clock.instant())));
        } catch (ActionNotAllowedException e) {
            throw ApiProblem.conflict(e.getMessage());
        } catch (PolicyViolationException e) {
            throw ApiProblem.unprocessable(e.getMessage());
        }
        return reader.read(disputeId).orElseThrow();
    }

    /** The caller's side of the dispute, among those that may act; a caller not named on it is refused. */
    private static Party partyOf(Caller caller, DisputeView dispute, Set<Party> parties) {
        if (parties.contains(Party.BUYER) && caller.is(Role.BUYER) && caller.partyId().equals(dispute.buyerId())) {
            return Party.BUYER;
        }
        if (parties.contains(Party.SELLER) && caller.is(Role.SELLER)
                && caller.partyId().equals(dispute.sellerId())) {
            return Party.SELLER;
        }
        throw ApiProblem.forbidden("Dispute " + dispute.disputeId() + " is not yours");
    }

    record Acting(Party party, Instant at) {
    }
}
