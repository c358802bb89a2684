package org.disputesuite.notification.intake;

import java.util.ArrayList;
import java.util.List;

import org.disputesuite.notification.inbox.InboxStore;
import org.disputesuite.notification.message.MessageRenderer;
import org.disputesuite.notification.message.Notice;
import org.disputesuite.notification.message.RenderedMessage;
import org.disputesuite.notification.preferences.Preferences;
import org.disputesuite.notification.preferences.PreferencesStore;
import org.disputesuite.platform.kafka.ProcessedEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an event's notices into words and into the inboxes, at most once per event: the event id
 * is marked processed in the same transaction as the messages it leads to.
 */
@Service
public class NotificationIntake {

    static final String CONSUMER = "notification-service";

    private final ProcessedEvents processedEvents;
    private final PreferencesStore preferences;
    private final MessageRenderer renderer;
    private final InboxStore inbox;

    NotificationIntake(ProcessedEvents processedEvents, PreferencesStore preferences, MessageRenderer renderer,
                       InboxStore inbox) {
        this.processedEvents = processedEvents;
        this.preferences = preferences;
        this.renderer = renderer;
        this.inbox = inbox;
    }

    /** The messages this event put in inboxes; none when it had been processed before. */
    @Transactional
    public List<RenderedMessage> deliver(String eventId, List<Notice> notices) {
        if (notices.isEmpty() || !processedEvents.markProcessed(CONSUMER, eventId)) {
            return List.of();
        }
        List<RenderedMessage> delivered = new ArrayList<>();
        for (Notice notice : notices) {
            Preferences recipient = preferences.of(notice.recipientId());
            RenderedMessage message = renderer.render(notice, recipient.locale(), recipient.timeZone());
            if (inbox.put(eventId, notice, message)) {
                delivered.add(message);
            }
        }
        return delivered;
    }
}
