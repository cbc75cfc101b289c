package org.citycast.society.civilaffairs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientResponseException;

/**
 * Posts due dispatches to civil affairs. A failed post is tried again after 5 s, 10 s, 20 s ...
 * (capped) until {@code maxAttempts}; then the dispatch is FAILED and ADMIN can resend it. A
 * dispatch civil affairs refuses as malformed (400, 422) fails at once: sending it again unchanged
 * would not help.
 */
@Component
class DispatchSender {

    private static final Logger log = LoggerFactory.getLogger(DispatchSender.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final Dispatches dispatches;
    private final CivilAffairsClient civilAffairs;
    private final CivilAffairsProperties properties;
    private final Clock clock;

    DispatchSender(Dispatches dispatches, CivilAffairsClient civilAffairs, CivilAffairsProperties properties,
            Clock clock) {
        this.dispatches = dispatches;
        this.civilAffairs = civilAffairs;
        this.properties = properties;
        this.clock = clock;
    }

    /** One round: sends what is due now; returns how many were tried. */
    int sendDue() {
        Instant now = clock.instant();
        // the claim outlasts the longest a post may take, so a crashed sender's rows come back by themselves
        Instant claimUntil = now.plus(properties.connectTimeout().plus(properties.readTimeout()).multipliedBy(3));
        List<Dispatch> due = dispatches.claimDue(now, claimUntil, properties.batchSize());
        due.forEach(this::send);
        return due.size();
    }

    private void send(Dispatch dispatch) {
        try {
            civilAffairs.deliver(dispatch);
            dispatches.markSent(dispatch.id(), clock.instant());
        } catch (RestClientResponseException refused) {
            failed(dispatch, refused.getStatusCode().value() + " " + refused.getStatusText() + " "
                    + refused.getResponseBodyAsString(), isPermanent(refused));
        } catch (RuntimeException unreachable) {
            failed(dispatch, unreachable.toString(), false);
        }
    }

    private void failed(Dispatch dispatch, String error, boolean permanent) {
        String reason = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        int failures = dispatch.attempts() + 1;
        if (permanent || failures >= properties.maxAttempts()) {
            log.warn("Dispatch {} ({} of society {}) FAILED after {} attempt(s): {}", dispatch.id(), dispatch.kind(),
                    dispatch.societyId(), failures, reason);
            dispatches.markFailed(dispatch.id(), reason);
            return;
        }
        Instant next = clock.instant().plus(properties.backoffAfter(failures));
        log.info("Dispatch {} ({}) not delivered (attempt {}), next try at {}: {}", dispatch.id(), dispatch.kind(),
                failures, next, reason);
        dispatches.markRetry(dispatch.id(), reason, next);
    }

    private static boolean isPermanent(RestClientResponseException refused) {
        return refused.getStatusCode().isSameCodeAs(HttpStatus.BAD_REQUEST)
                || refused.getStatusCode().isSameCodeAs(HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
