package org.citycast.funding.acquittal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the evidence files of a final report ({@code platform.funding.evidence.*}): the
 * largest file, how many a report may hold, and the types (as detected from the content) accepted.
 */
@ConfigurationProperties("platform.funding.evidence")
record EvidenceSettings(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("20") int maxFiles,
        @DefaultValue({"application/pdf", "image/jpeg", "image/png",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
        List<String> allowedTypes) {
}
