package org.citycast.publicity.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.publicity.platform.InboundEvent;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** society-service's published samples of the grade and project events, read as this service relies on them. */
class GradeEventsTest {

    static final Path SAMPLES = Path.of("../society-service/src/main/resources/events");
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aGradeAndAProjectAreReadFromTheirSamples() throws Exception {
        Object graded = SocietyTopic.read(read("SocietyGraded.v1.json"));
        assertThat(graded).isEqualTo(new GradeReported(UUID.fromString("6e1f8d2b-0c3a-4d4e-9f5a-b2c3d4e5f6a7"),
                Instant.parse("2026-06-20T02:00:00Z"), UUID.fromString("0b6f3b5e-3c2a-4f7e-8a51-6d1c2b9e4f70"),
                UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), "AAAA", LocalDate.of(2026, 6, 20),
                LocalDate.of(2031, 6, 19)));
        FunctionTransferReported project = (FunctionTransferReported) SocietyTopic.read(
                read("FunctionTransferAwarded.v1.json"));
        assertThat(project.contractAmount()).isEqualTo(new BigDecimal("186000.00"));
        assertThat(project.kind()).isEqualTo("FUNCTION_TRANSFER");
        assertThat(project.awardedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aRoundsOpeningAndAGradeLoweredOrLapsedAreAcceptedAndChangeNothing() throws Exception {
        for (String sample : new String[] {"EvaluationRoundOpened.v1.json", "GradeLowered.v1.json",
                "GradeLapsed.v1.json"}) {
            assertThat(SocietyTopic.read(read(sample))).as(sample).isNull();
        }
    }

    private InboundEvent read(String sample) throws Exception {
        return SocietyTopic.CONTRACT.read(json, Files.readAllBytes(SAMPLES.resolve(sample)),
                Instant.parse("2031-01-01T00:00:00Z"));
    }
}
