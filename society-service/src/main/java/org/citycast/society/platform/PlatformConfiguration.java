package org.citycast.society.platform;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("org.citycast.society")
class PlatformConfiguration {

    /** Time is taken in UTC and only shown in Asia/Shanghai; tests swap this for a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
