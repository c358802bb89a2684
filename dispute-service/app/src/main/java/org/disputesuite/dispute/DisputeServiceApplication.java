package org.disputesuite.dispute;

import org.disputesuite.platform.lifecycle.ServiceMain;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DisputeServiceApplication {

    public static void main(String[] args) {
        // A service in production does not phone home, nor advertise a console, unless told to.
        System.getProperties().putIfAbsent("axoniq.update-checker.disabled", "true");
        System.getProperties().putIfAbsent("disable-axoniq-console-message", "true");
        ServiceMain.run(DisputeServiceApplication.class, args);
    }
}
