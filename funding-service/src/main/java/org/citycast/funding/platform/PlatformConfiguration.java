package org.citycast.funding.platform;

import java.math.BigDecimal;
import java.time.Clock;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Time is taken in UTC and only shown in Asia/Shanghai; tests swap this for a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Asynchronous work (module listeners, the outbox's sends) runs under the trace of the request
     * that started it, so its log lines carry that request's trace id. Only the trace goes along,
     * not the caller's security context.
     */
    @Bean
    ContextPropagatingTaskDecorator contextPropagation() {
        return new ContextPropagatingTaskDecorator(ContextSnapshotFactory.builder()
                .captureKeyPredicate(ObservationThreadLocalAccessor.KEY::equals).build());
    }

    /** Money travels as decimal strings ("30000.00"), so no client reads yuan into a binary float. */
    @Bean
    JsonMapperBuilderCustomizer decimalsAsStrings() {
        return builder -> builder.withConfigOverride(BigDecimal.class,
                override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)));
    }
}
