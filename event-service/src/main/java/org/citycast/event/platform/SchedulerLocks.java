package org.citycast.event.platform;

import java.lang.management.ManagementFactory;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work runs once per schedule however many instances run: a {@code @SchedulerLock}
 * method takes a row of the {@code shedlock} table first (ShedLock), with lock times from the
 * database's clock so instances whose clocks differ still agree. A lock whose instance dies is
 * held at most {@code defaultLockAtMostFor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

    @Bean
    InstanceName instanceName(@Value("${platform.instance-name:}") String configured) {
        return new InstanceName(configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured);
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource, InstanceName instance) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(instance.value())
                .build());
    }
}
