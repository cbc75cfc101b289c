package org.citycast.event.brand;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The brand's name as announced: sessions are "&lt;name&gt;第N期". */
@ConfigurationProperties("platform.academic-hall")
record BrandSettings(@DefaultValue("城市科协学术会堂") String name) {
}
