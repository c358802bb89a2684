package org.disputesuite.tracking.delay;

import org.disputesuite.tracking.delay.model.DelayWatch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One set of delay rules for the scan and for every write of a shipment. */
@Configuration(proxyBeanMethods = false)
class DelayConfiguration {

    @Bean
    DelayWatch delayWatch(DelaySettings settings) {
        return new DelayWatch(settings.stallAfter());
    }
}
