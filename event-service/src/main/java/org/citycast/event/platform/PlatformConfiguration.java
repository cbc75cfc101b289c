package org.citycast.event.platform;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableConfigOverride;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ext.javatime.deser.DurationDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

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

    /**
     * A value of the wrong type is a 400 naming the field, never quietly converted: a number or a
     * boolean where text is expected, a fraction where a whole number is, a number where yes/no is;
     * and a body with more after its JSON value is malformed, not read up to the first value.
     * Text into numbers stays allowed, since money arrives as decimal strings.
     */
    @Bean
    JsonMapperBuilderCustomizer strictScalars() {
        // dates, instants and durations are ISO-8601 text: 12345 is not read as days or seconds
        Consumer<MutableConfigOverride> strictDate = override -> override.setFormat(JsonFormat.Value.forLeniency(false));
        return builder -> builder
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withConfigOverride(LocalDate.class, strictDate)
                .addModule(new SimpleModule("iso-text-times")
                        .addDeserializer(Instant.class, new IsoText<>(Instant.class, InstantDeserializer.INSTANT))
                        .addDeserializer(Duration.class, new IsoText<>(Duration.class, DurationDeserializer.INSTANCE)))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * A time value as ISO-8601 text only ({@code 2026-05-30T01:00:00Z}, {@code P7D}); Jackson's own
     * readers would take a bare number as seconds.
     */
    static final class IsoText<T> extends StdDeserializer<T> {

        private final ValueDeserializer<T> text;

        IsoText(Class<T> type, ValueDeserializer<T> text) {
            super(type);
            this.text = text;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken().isNumeric()) {
                return context.reportInputMismatch(this, "expected ISO-8601 text, such as 2026-05-30T01:00:00Z or P7D");
            }
            return text.deserialize(parser, context);
        }
    }
}
