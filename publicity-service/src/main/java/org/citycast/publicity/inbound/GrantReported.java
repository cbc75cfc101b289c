package org.citycast.publicity.inbound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A grant was applied for, approved, rejected, disbursed, overdue with its report, or closed;
 * {@code grant} is the grant as it stands after it.
 *
 * @param type the event type without its version, e.g. {@code GrantApproved}
 * @param settledAmount what a closed grant finally cost ({@code GrantClosed}), else null
 */
public record GrantReported(UUID eventId, String type, Instant time, Grant grant, BigDecimal settledAmount) {

    /**
     * @param tag {@code KEY_ACTIVITY} (重点活动), {@code SOCIAL_SERVICE} (社会化服务项目) or
     *        {@code PUBLIC_WELFARE} (公益活动)
     * @param budgetYear the year of the call (and budget) the grant is funded from
     * @param approvedAmount yuan, once approved
     */
    public record Grant(UUID id, UUID societyId, String title, String category, String tag, int budgetYear,
            BigDecimal approvedAmount, BigDecimal disbursedAmount) {
    }
}
