package org.disputesuite.notification;

import org.disputesuite.platform.lifecycle.ServiceMain;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tells buyers and sellers what happens to their disputes, in their language and time zone. */
@SpringBootApplication
public class NotificationServiceApplication {

    public static void main(String[] args) {
        ServiceMain.run(NotificationServiceApplication.class, args);
    }
}
