package org.citycast.expert.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class KnownDefaultsGuardTest {

    static final List<String> SECRETS = List.of("spring.datasource.password", "platform.civil-affairs.client-secret");

    @Test
    void theProdProfileRefusesALocalDefaultOrAMissingSecret() {
        var localDefault = new MockEnvironment().withProperty("spring.datasource.password", "society")
                .withProperty("platform.civil-affairs.client-secret", "a-real-secret-from-the-vault");
        assertThatThrownBy(() -> new KnownDefaultsGuard(localDefault, SECRETS))
                .hasMessageContaining("spring.datasource.password");

        var missing = new MockEnvironment().withProperty("spring.datasource.password", "Kx9-long-random");
        assertThatThrownBy(() -> new KnownDefaultsGuard(missing, SECRETS))
                .hasMessageContaining("platform.civil-affairs.client-secret");
    }

    @Test
    void realSecretsPass() {
        var real = new MockEnvironment().withProperty("spring.datasource.password", "Kx9-long-random")
                .withProperty("platform.civil-affairs.client-secret", "a-real-secret-from-the-vault");
        assertThatCode(() -> new KnownDefaultsGuard(real, SECRETS)).doesNotThrowAnyException();
    }
}
