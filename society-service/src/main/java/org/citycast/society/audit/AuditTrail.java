package org.citycast.society.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.citycast.society.platform.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The society register's audit trail: what each change concerns is a society or a pool expert's account. */
@Service
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /**
     * Records one change. {@code before} and {@code after} are snapshots (records) of what changed;
     * either may be null for a creation or a removal.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID societyId, String action, Object before, Object after) {
        record(societyId, action, before, after, null);
    }

    /** Records a change made for a stated reason (an import, a correction), which the entry keeps. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID societyId, String action, Object before, Object after, String reason) {
        insert(societyId, null, action, before, after, reason);
    }

    /** Records a change about a pool expert's platform account, which belongs to no society. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordForExpert(UUID expertId, String action, Object before, Object after, String reason) {
        insert(null, expertId, action, before, after, reason);
    }

    private void insert(UUID societyId, UUID expertId, String action, Object before, Object after, String reason) {
        Map<String, Object> own = new HashMap<>();
        own.put("society_id", societyId);
        own.put("expert_id", expertId);
        own.put("reason", reason);
        log.write(action, before, after, own);
    }
}
