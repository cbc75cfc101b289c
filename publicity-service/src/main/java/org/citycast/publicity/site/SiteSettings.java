package org.citycast.publicity.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public sites' settings.
 *
 * @param objectionUrl where a public notice's form posts an objection (expert-service's public
 *        endpoint through the gateway); {@code {awardId}} is replaced by the notice's award
 * @param maxAge how long a browser or proxy may reuse a page before asking again (it then gets a 304
 *        if nothing changed)
 */
@ConfigurationProperties("platform.site")
record SiteSettings(@DefaultValue("济宁市学会信息服务平台") String name,
        @DefaultValue("济宁市科学技术协会") String association,
        @DefaultValue("/api/awards/public/notices/{awardId}/objections") String objectionUrl,
        @DefaultValue("PT1M") Duration maxAge) {
}
