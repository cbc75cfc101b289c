package org.citycast.publicity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The platform's JSON reader refuses a value of the wrong type instead of converting it quietly. */
class StrictScalarsTest {

    record Form(String name, Integer count, Boolean passed, BigDecimal amount, LocalDate on, Instant at, Duration notice) {
    }

    private final JsonMapper json = mapper();

    private static JsonMapper mapper() {
        var configuration = new PlatformConfiguration();
        var builder = JsonMapper.builder();
        configuration.decimalsAsStrings().customize(builder);
        configuration.strictScalars().customize(builder);
        return builder.build();
    }

    @Test
    void aNumberOrABooleanWhereTextIsExpectedIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"name\":123}", Form.class)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> json.readValue("{\"name\":1.5}", Form.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> json.readValue("{\"name\":true}", Form.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void aFractionWhereAWholeNumberIsExpectedAndANumberForYesOrNoAreRefused() {
        assertThatThrownBy(() -> json.readValue("{\"count\":1.5}", Form.class)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("count");
        assertThatThrownBy(() -> json.readValue("{\"passed\":1}", Form.class)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("passed");
    }

    @Test
    void aNumberWhereADateIsExpectedIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"on\":12345}", Form.class)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("on");
        assertThatThrownBy(() -> json.readValue("{\"at\":1780000000}", Form.class)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("[\"at\"]");
        assertThatThrownBy(() -> json.readValue("{\"at\":1780000000.5}", Form.class)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("[\"at\"]");
        assertThatThrownBy(() -> json.readValue("{\"notice\":12345}", Form.class)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("[\"notice\"]");
    }

    @Test
    void moreAfterTheValueIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"x\"}}}", Form.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void moneyAsADecimalStringAndWellTypedValuesStillRead() {
        Form form = json.readValue("{\"name\":\"学会\",\"count\":3,\"passed\":true,\"amount\":\"30000.00\","
                + "\"on\":\"2026-05-30\",\"at\":\"2026-05-30T01:00:00Z\",\"notice\":\"P7D\"}", Form.class);
        assertThat(form).isEqualTo(new Form("学会", 3, true, new BigDecimal("30000.00"), LocalDate.of(2026, 5, 30),
                Instant.parse("2026-05-30T01:00:00Z"), Duration.ofDays(7)));
    }
}
