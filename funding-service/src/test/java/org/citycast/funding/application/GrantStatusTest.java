package org.citycast.funding.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrantStatusTest {

    @Test
    void theHappyPathIsAllowedStepByStep() {
        GrantStatus[] path = {GrantStatus.DRAFT, GrantStatus.SUBMITTED, GrantStatus.IN_REVIEW, GrantStatus.REVIEWED,
                GrantStatus.APPROVED, GrantStatus.AGREED, GrantStatus.REPORTED, GrantStatus.REPORT_ACCEPTED,
                GrantStatus.CLOSED};
        for (int i = 1; i < path.length; i++) {
            assertThat(path[i - 1].mayMoveTo(path[i])).as(path[i - 1] + " -> " + path[i]).isTrue();
        }
    }

    @Test
    void noStepIsSkippedAndEndsAreFinal() {
        assertThat(GrantStatus.SUBMITTED.mayMoveTo(GrantStatus.APPROVED)).isFalse();
        assertThat(GrantStatus.IN_REVIEW.mayMoveTo(GrantStatus.APPROVED)).isFalse();
        assertThat(GrantStatus.APPROVED.mayMoveTo(GrantStatus.WITHDRAWN)).isFalse();
        assertThat(GrantStatus.AGREED.mayMoveTo(GrantStatus.CLOSED)).isFalse();
        for (GrantStatus end : new GrantStatus[] {GrantStatus.REJECTED, GrantStatus.WITHDRAWN, GrantStatus.CLOSED}) {
            for (GrantStatus next : GrantStatus.values()) {
                assertThat(end.mayMoveTo(next)).as(end + " -> " + next).isFalse();
            }
        }
    }

    @Test
    void aReturnedReportGoesBackUnderAgreement() {
        assertThat(GrantStatus.REPORTED.mayMoveTo(GrantStatus.AGREED)).isTrue();
        assertThat(GrantStatus.RETURNED.mayMoveTo(GrantStatus.SUBMITTED)).isTrue();
        assertThat(GrantStatus.APPROVED.funded()).isTrue();
        assertThat(GrantStatus.REVIEWED.funded()).isFalse();
    }
}
