package org.disputesuite.ruling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The platform's policy: case choice, deadlines and rulings, on Kafka Streams. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RulingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RulingServiceApplication.class, args);
    }
}
