package org.citycast.expert.notice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notice period a programme gets by default, the shortest one ADMIN may set, and the
 * objection rate limit per client address (a bucket of {@code objectionsPerAddress}, one more
 * every {@code objectionRefill}).
 */
@ConfigurationProperties("platform.notice")
public record NoticeSettings(@DefaultValue("P7D") Duration period, @DefaultValue("P7D") Duration minimumPeriod,
        @DefaultValue("5") int objectionsPerAddress, @DefaultValue("PT10M") Duration objectionRefill) {
}
