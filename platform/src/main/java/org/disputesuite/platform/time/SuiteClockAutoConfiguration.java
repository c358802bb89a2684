package org.disputesuite.platform.time;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one clock of a service, in UTC with millisecond precision (the precision docs/api.md promises);
 * tests replace it to control time.
 */
@AutoConfiguration
public class SuiteClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
