package org.citycast.society.civilaffairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CivilAffairsPropertiesTests {

    private final CivilAffairsProperties properties = new CivilAffairsProperties(URI.create("http://localhost:8090"),
            URI.create("http://localhost:8090/oauth2/token"), "society-service", "secret", Set.of(),
            Duration.ofSeconds(5), Duration.ofSeconds(10), 20, Duration.ofSeconds(5), Duration.ofHours(1),
            Duration.ofSeconds(5), 20, Duration.ofMinutes(1));

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCap() {
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.backoffAfter(10)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(properties.backoffAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(properties.backoffAfter(1000)).isEqualTo(Duration.ofHours(1));
    }
}
