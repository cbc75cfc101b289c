package org.citycast.event.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A consumer's contract sends any type it does not list to the dead-letter topic, so it must list
 * every type expert-service publishes (each has a sample next to the producer's code), even those
 * it ignores.
 */
class ExpertContractTest {

    @Test
    void everyPublishedExpertEventIsKnown() throws IOException {
        try (Stream<Path> samples = Files.list(Path.of("../expert-service/src/main/resources/events"))) {
            assertThat(ExpertEventsListener.CONTRACT.types()).containsAll(samples
                    .map(sample -> sample.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .toList());
        }
    }
}
