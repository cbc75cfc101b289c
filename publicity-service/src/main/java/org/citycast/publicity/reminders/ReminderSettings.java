package org.citycast.publicity.reminders;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reminders are given.
 *
 * @param leadDays the days before a deadline's last day on which people are reminded (30, 7, 1)
 * @param escalateAfter how long after a deadline passed unmet ADMIN is told, leaving time for the
 *        event saying it was met just in time to arrive
 * @param escalationWindow how long after that a run still escalates a missed deadline it had not
 *        (the service was down); older missed deadlines are left alone, so runs do not grow with the years
 * @param platformUrl the address people reach the platform at, put before each deadline's link
 * @param mailFrom the sender of every mail
 * @param maxAttempts how often a mail is tried before it is left FAILED for ADMIN
 * @param firstRetry the wait after the first failure; it doubles with each further one
 * @param maxRetry the longest wait between two attempts
 * @param keycloak where Keycloak's Admin REST API is and how this service signs in to it
 */
@ConfigurationProperties("platform.reminders")
record ReminderSettings(
        @DefaultValue({"30", "7", "1"}) List<Integer> leadDays,
        @DefaultValue("PT1H") Duration escalateAfter,
        @DefaultValue("P14D") Duration escalationWindow,
        @DefaultValue("http://localhost:8080") String platformUrl,
        @DefaultValue("济宁市学会信息服务平台 <noreply@localhost>") String mailFrom,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT6H") Duration maxRetry,
        @DefaultValue Keycloak keycloak) {

    /**
     * @param url Keycloak's base address
     * @param realm the platform's realm
     * @param clientId the confidential client whose service account may only view and query users
     * @param clientSecret its secret ({@code PUBLICITY_REMINDERS_CLIENT_SECRET}; the prod profile refuses the local default)
     */
    record Keycloak(@DefaultValue("http://localhost:8180") URI url, @DefaultValue("society") String realm,
            @DefaultValue("publicity-reminders") String clientId,
            @DefaultValue("publicity-reminders-secret") String clientSecret,
            @DefaultValue("PT3S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout) {

        URI tokenUri() {
            return URI.create(url + "/realms/" + realm + "/protocol/openid-connect/token");
        }

        String adminApi() {
            return url + "/admin/realms/" + realm;
        }
    }
}
