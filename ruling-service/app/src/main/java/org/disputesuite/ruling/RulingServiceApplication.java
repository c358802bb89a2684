package org.disputesuite.ruling;

import org.disputesuite.platform.lifecycle.ServiceMain;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The platform's policy: case choice, deadlines and rulings, on Kafka Streams. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RulingServiceApplication {

    public static void main(String[] args) {
        ServiceMain.run(RulingServiceApplication.class, args);
    }
}
