package org.citycast.society.jobs;

import java.lang.management.ManagementFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This instance's name in lock rows and job runs: {@code platform.instance-name}, else pid@host. */
@Component
class JobInstance {

    private final String name;

    JobInstance(@Value("${platform.instance-name:}") String configured) {
        this.name = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured;
    }

    String name() {
        return name;
    }
}
