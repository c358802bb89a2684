package org.disputesuite.ruling.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code suite.ruling.*}: how often due deadlines are looked for (they fire within this interval
 * of their time), how long a shutdown waits for the streams to close, and how many failed stream
 * threads are replaced within a window before the streams shut down instead.
 */
@ConfigurationProperties("suite.ruling")
public record RulingProperties(@DefaultValue("PT1S") Duration punctuationInterval,
                               @DefaultValue("PT30S") Duration closeTimeout,
                               @DefaultValue("3") int maxThreadReplacements,
                               @DefaultValue("PT5M") Duration threadReplacementWindow) {
}
