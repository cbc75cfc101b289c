package org.citycast.publicity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HeaderRuleTest {

    /** The rule Spring Security's StrictHttpFirewall checks header names and values with. */
    static final Pattern SPRING_SECURITY_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void theLoopAcceptsExactlyWhatSpringSecuritysExpressionAccepts() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = "Bearer a" + new String(Character.toChars(c)) + "z";
            assertThat(SecurityConfiguration.assignedAndNotControl(text))
                    .as("U+%04X", c).isEqualTo(SPRING_SECURITY_RULE.matcher(text).matches());
        }
        assertThat(SecurityConfiguration.assignedAndNotControl("")).isTrue();
        assertThat(SecurityConfiguration.assignedAndNotControl(null)).as("a header that is not there").isTrue();
        assertThat(SecurityConfiguration.assignedAndNotControl("a\uD800b")).isEqualTo(SPRING_SECURITY_RULE.matcher("a\uD800b").matches());
    }
}
