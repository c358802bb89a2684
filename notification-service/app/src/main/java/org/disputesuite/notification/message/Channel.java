package org.disputesuite.notification.message;

/** Where a message goes. Every message lands in the inbox; a recipient chooses the others. */
public enum Channel {
    INBOX, EMAIL, WEBHOOK
}
