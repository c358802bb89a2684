package org.disputesuite.dispute.rulings;

import java.time.Clock;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.disputesuite.dispute.domain.DisputeClosedException;
import org.disputesuite.dispute.domain.PlatformCommand;
import org.disputesuite.dispute.domain.RulingDecision;
import org.disputesuite.dispute.metrics.DisputeMetrics;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.events.InvalidEventException;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.api.RulingTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records ruling-service's decisions (rulings.v1) on the disputes they concern. The aggregate
 * remembers each decision's event id, so a redelivered record has no second effect.
 */
@Component
class RulingsConsumer {

    private static final Logger log = LoggerFactory.getLogger(RulingsConsumer.class);
    private static final EventCodec<RulingEvent> CODEC = new EventCodec<>(RulingEvent.class, RulingTopics.SOURCE);

    private final CommandGateway commands;
    private final DisputeMetrics metrics;
    private final Clock clock;

    RulingsConsumer(CommandGateway commands, DisputeMetrics metrics, Clock clock) {
        this.commands = commands;
        this.metrics = metrics;
        this.clock = clock;
    }

    @KafkaListener(topics = RulingTopics.RULINGS)
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = EventEnvelope.from(record.key(), record.value(), record.headers());
        if (!CODEC.knows(envelope.type())) {
            log.debug("Ignoring {} record {}", envelope.type(), envelope.id());
            return;
        }
        RulingEvent event = CODEC.decode(envelope);
        if (event.disputeId() == null) {
            throw new InvalidEventException("record " + envelope.id() + " names no dispute");
        }
        Optional<PlatformCommand> command = PlatformDecisions.commandFor(event, envelope.id(), clock.instant());
        if (command.isEmpty()) {
            log.debug("Not recording {} record {}", envelope.type(), envelope.id());
            return;
        }
        try {
            Object result = commands.sendAndWait(command.get());
            if (result == RulingDecision.APPLIED) {
                metrics.resolvedByRuling(((RulingIssued) event).outcome());
            } else if (result == RulingDecision.SUPERSEDED) {
                metrics.rulingSuperseded();
            }
        } catch (AggregateNotFoundException e) {
            throw new InvalidEventException(
                    "record " + envelope.id() + " is for unknown dispute " + event.disputeId(), e);
        } catch (DisputeClosedException e) {
            log.info("Not recording {} {}: {}", envelope.type(), envelope.id(), e.getMessage());
        }
    }
}
