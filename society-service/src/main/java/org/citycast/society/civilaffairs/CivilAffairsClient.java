package org.citycast.society.civilaffairs;

import java.net.http.HttpClient;
import java.time.Clock;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Posts dispatches to civil affairs' HTTP API. Spring Security's OAuth2 client (the library only,
 * set up here from {@link CivilAffairsProperties} rather than by Boot's auto-configuration) gets a
 * client-credentials token, keeps it until shortly before it expires and drops it when civil
 * affairs answers 401, so the next attempt fetches a fresh one. Every request carries the
 * dispatch id as {@code Idempotency-Key}: a retried post after a lost answer is recognised as the
 * same message there.
 */
@Component
class CivilAffairsClient {

    private static final String REGISTRATION_ID = "civil-affairs";
    /** Tokens belong to this service, not to whoever happens to be signed in on the calling thread. */
    private static final Authentication SERVICE = new AnonymousAuthenticationToken("society-service",
            "society-service", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final RestClient rest;

    CivilAffairsClient(CivilAffairsProperties properties, Clock clock) {
        var requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build());
        requestFactory.setReadTimeout(properties.readTimeout());

        var registrations = new InMemoryClientRegistrationRepository(ClientRegistration
                .withRegistrationId(REGISTRATION_ID)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .tokenUri(properties.tokenUri().toString())
                .scope(properties.scopes())
                .build());
        var tokenResponses = new RestClientClientCredentialsTokenResponseClient();
        tokenResponses.setRestClient(RestClient.builder()
                .requestFactory(requestFactory)
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        var clientCredentials = new ClientCredentialsOAuth2AuthorizedClientProvider();
        clientCredentials.setAccessTokenResponseClient(tokenResponses);
        clientCredentials.setClock(clock);
        var authorizedClients = new InMemoryOAuth2AuthorizedClientService(registrations);
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(clientCredentials);

        var bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        bearer.setPrincipalResolver(request -> SERVICE);
        bearer.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));

        this.rest = RestClient.builder()
                .baseUrl(properties.baseUrl().toString())
                .requestFactory(requestFactory)
                .requestInterceptor(bearer)
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
