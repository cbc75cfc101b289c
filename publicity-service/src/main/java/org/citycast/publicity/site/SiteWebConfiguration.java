package org.citycast.publicity.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The sites' static files: the style sheet and scripts under {@code /site/assets}, and ECharts (from
 * its webjar) for the report's charts, all on the public {@code /site} route.
 */
@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl day = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
        registry.addResourceHandler("/site/assets/echarts/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/")
                .setCacheControl(day);
        registry.addResourceHandler("/site/assets/**").addResourceLocations("classpath:/site-assets/")
                .setCacheControl(day);
    }

    /** The webjar's version, from its own Maven descriptor, so the root pom alone chooses it. */
    private static String echartsVersion() {
        try {
            return PropertiesLoaderUtils.loadProperties(
                    new ClassPathResource("META-INF/maven/org.webjars.npm/echarts/pom.properties")).getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("The ECharts webjar is missing", e);
        }
    }
}
