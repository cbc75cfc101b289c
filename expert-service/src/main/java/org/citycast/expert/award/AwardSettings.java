package org.citycast.expert.award;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many reviewers each nomination gets unless its programme says otherwise. */
@ConfigurationProperties("platform.awards")
record AwardSettings(@DefaultValue("3") int reviewersPerNomination) {
}
