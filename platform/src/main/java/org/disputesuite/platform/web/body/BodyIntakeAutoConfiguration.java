package org.disputesuite.platform.web.body;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.FormContentFilter;

/**
 * Request bodies are read without holding a thread, within the limits of {@link HttpLimits}, in
 * every service: {@link UnreadBodyFilter} outermost, {@link BodyIntakeFilter} after security.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(HttpLimits.class)
public class BodyIntakeAutoConfiguration {

    /** After Spring Security's filter chain, whose order is -100. */
    static final int INTAKE_ORDER = 0;

    @Bean(destroyMethod = "close")
    PaceWatch bodyPaceWatch() {
        return new PaceWatch(System::nanoTime);
    }

    @Bean
    FilterRegistrationBean<UnreadBodyFilter> unreadBodyFilter(HttpLimits limits, PaceWatch watch) {
        FilterRegistrationBean<UnreadBodyFilter> registration =
                new FilterRegistrationBean<>(new UnreadBodyFilter(limits, watch));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        registration.setAsyncSupported(true);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyIntakeFilter> bodyIntakeFilter(ObjectProvider<BeforeBodyCheck> checks,
                                                              HttpLimits limits, PaceWatch watch) {
        BodyIntakeFilter filter = new BodyIntakeFilter(checks.orderedStream().toList(), limits,
                new BodyBudget(limits.maxBufferedBodies().toBytes()), watch);
        FilterRegistrationBean<BodyIntakeFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(INTAKE_ORDER);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        registration.setAsyncSupported(true);
        return registration;
    }

    /**
     * Takes the place of Spring MVC's form filter, which would read a PUT, PATCH or DELETE form
     * body on the request thread before authentication. The services take JSON only.
     */
    @Bean
    FormContentFilter formContentFilter() {
        return new FormContentFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return true;
            }
        };
    }
}
