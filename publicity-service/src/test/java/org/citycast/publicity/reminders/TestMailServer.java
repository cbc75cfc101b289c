package org.citycast.publicity.reminders;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server for the reminders' mail: GreenMail in the test JVM on a free port. A plain
 * configuration the service's one test context picks up by component scanning, so that
 * {@code ServiceTest}, the same in every service, stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class TestMailServer {

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @Bean
    DynamicPropertyRegistrar mailServerProperties(GreenMail mail) {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
        };
    }
}
