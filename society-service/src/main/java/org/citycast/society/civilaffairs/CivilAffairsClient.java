package org.citycast.society.civilaffairs;

import java.time.Clock;

import org.citycast.society.platform.ClientCredentialsRestClients;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Posts dispatches to civil affairs' HTTP API with this service's client-credentials token
 * ({@link ClientCredentialsRestClients}, built from {@link CivilAffairsProperties}). Every request
 * carries the dispatch id as {@code Idempotency-Key}: a retried post after a lost answer is
 * recognised as the same message there.
 */
@Component
class CivilAffairsClient {

    private final RestClient rest;

    CivilAffairsClient(CivilAffairsProperties properties, Clock clock) {
        this.rest = ClientCredentialsRestClients.builder(new ClientCredentialsRestClients.Credentials("civil-affairs",
                        properties.clientId(), properties.clientSecret(), properties.tokenUri(), properties.scopes(),
                        properties.connectTimeout(), properties.readTimeout()), clock)
                .baseUrl(properties.baseUrl().toString())
                .build();
    }

    /** Delivers one dispatch; throws if civil affairs did not accept it (any non-2xx answer, or no answer). */
    void deliver(Dispatch dispatch) {
        rest.post()
                .uri(dispatch.kind().path())
                .header("Idempotency-Key", dispatch.id().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(dispatch.payload().toString())
                .retrieve()
                .toBodilessEntity();
    }
}
