package org.citycast.society.civilaffairs;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where civil affairs' HTTP API is and how this service signs in to it (OAuth2 client
 * credentials), and how hard the sender tries. The defaults point at {@code localhost:8090} so
 * that a local run starts without civil affairs: dispatches then stay PENDING, retried with
 * backoff, until a real base URL, token URI and secret are configured
 * ({@code PLATFORM_CIVILAFFAIRS_BASEURL}, {@code PLATFORM_CIVILAFFAIRS_TOKENURI},
 * {@code PLATFORM_CIVILAFFAIRS_CLIENTID}, {@code PLATFORM_CIVILAFFAIRS_CLIENTSECRET}).
 *
 * @param baseUrl civil affairs' API; dispatches are posted to paths below it
 * @param tokenUri its OAuth2 token endpoint
 * @param clientId this service's client id there
 * @param clientSecret this service's client secret there
 * @param scopes scopes to ask for, if civil affairs wants any
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param maxAttempts after this many failed sends a dispatch is FAILED and waits for ADMIN to resend it
 * @param initialBackoff the wait after the first failure; it doubles after each further one
 * @param maxBackoff the longest wait between two attempts
 * @param sendInterval how often the sender looks for due dispatches
 * @param batchSize how many dispatches one round of the sender posts at most
 * @param inboxRetryInterval how often waiting inbound messages are tried again (they are also
 *        tried as soon as the society's state changes)
 */
@ConfigurationProperties("platform.civil-affairs")
record CivilAffairsProperties(
        @DefaultValue("http://localhost:8090") URI baseUrl,
        @DefaultValue("http://localhost:8090/oauth2/token") URI tokenUri,
        @DefaultValue("society-service") String clientId,
        @DefaultValue("society-service-secret") String clientSecret,
        @DefaultValue Set<String> scopes,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration readTimeout,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("PT5S") Duration initialBackoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("PT5S") Duration sendInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("PT1M") Duration inboxRetryInterval) {

    /** The wait before the next attempt once {@code failures} attempts have failed: 5 s, 10 s, 20 s ... up to the cap. */
    Duration backoffAfter(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay = initialBackoff.multipliedBy(1L << doublings);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
