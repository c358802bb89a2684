package org.disputesuite.platform.lifecycle;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A service started by the all-in-one ({@code SUITE_PARENT_PID} set) stops, gracefully, when the
 * launcher process is gone, however it died: no orphan keeps the ports and the data files.
 */
@AutoConfiguration
@ConditionalOnProperty("suite.parent-pid")
public class ParentProcessAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessAutoConfiguration.class);

    @Bean
    ApplicationListener<ApplicationReadyEvent> stopWithParent(Environment environment) {
        long parentPid = environment.getRequiredProperty("suite.parent-pid", Long.class);
        return ready -> ProcessHandle.of(parentPid)
                .map(ProcessHandle::onExit)
                .orElseGet(() -> CompletableFuture.completedFuture(null))
                .thenRun(() -> {
                    log.warn("The launcher (pid {}) is gone: stopping", parentPid);
                    System.exit(0);
                });
    }
}
