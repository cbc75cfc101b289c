package org.citycast.society.functiontransfer;

import org.citycast.society.evaluation.GradeLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may be chosen for a project ({@code platform.function-transfer.*}): the lowest evaluation grade
 * in force (3A by default, as the policy gives 3A and above priority; {@code NONE} to require no
 * grade), and whether the evaluation's exclusions (missed or failed inspection, an open standing
 * case, abnormal activity) bar a society as well.
 */
@ConfigurationProperties("platform.function-transfer")
record FunctionTransferSettings(@DefaultValue("AAA") String minimumGrade,
        @DefaultValue("true") boolean exclusionsBar) {

    FunctionTransferSettings {
        if (!"NONE".equals(minimumGrade)) {
            GradeLevel.valueOf(minimumGrade);
        }
    }

    /** The lowest grade required, or null when none is. */
    GradeLevel minimumLevel() {
        return "NONE".equals(minimumGrade) ? null : GradeLevel.valueOf(minimumGrade);
    }
}
