package org.citycast.event.platform;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the {@code prod} profile the service refuses to start while a secret still has the value the
 * local run ships with (a database password equal to its role, the demo client secrets): real
 * secrets come from the environment, e.g. {@code SPRING_DATASOURCE_PASSWORD}.
 */
@Component
@Profile("prod")
class KnownDefaultsGuard {

    static final Set<String> KNOWN_DEFAULTS = Set.of("society", "funding", "expert", "event", "publicity", "admin",
            "demo", "civil-affairs-secret", "society-service-secret", "society-accounts-secret", "publicity-reminders-secret", "local-personal-data-key", "secret", "password");

    KnownDefaultsGuard(Environment environment,
            @Value("${platform.security.secret-properties:spring.datasource.password}") List<String> secrets) {
        for (String property : secrets) {
            String value = environment.getProperty(property);
            if (value == null || value.isBlank() || KNOWN_DEFAULTS.contains(value)) {
                throw new IllegalStateException("Refusing to start in the prod profile: " + property
                        + " is unset or a known local default; set it from the environment.");
            }
        }
    }
}
