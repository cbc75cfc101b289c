package org.citycast.event.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

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
import org.springframework.web.client.RestClient;

/**
 * A {@link RestClient} whose requests carry this service's client-credentials token, for the calls
 * a service makes to other systems (civil affairs' API, Keycloak's Admin REST API). Spring Security's
 * OAuth2 client (the library only, set up here from each caller's own properties rather than by
 * Boot's auto-configuration) fetches the token, keeps it until shortly before it expires and drops it
 * when the other side answers 401, so the next attempt fetches a fresh one.
 */
public final class ClientCredentialsRestClients {

    /**
     * Tokens belong to this service, not to whoever happens to be signed in on the calling thread: one
     * principal for every call keeps one token per registration.
     */
    private static final Authentication SERVICE = new AnonymousAuthenticationToken("service", "service",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    /** Who this service is at the other side's token endpoint, and how long it waits for either. */
    public record Credentials(String registrationId, String clientId, String clientSecret, URI tokenUri,
            Set<String> scopes, Duration connectTimeout, Duration readTimeout) {
    }

    private ClientCredentialsRestClients() {
    }

    /** A builder with the timeouts and the bearer token set; the caller adds its base URL. */
    public static RestClient.Builder builder(Credentials credentials, Clock clock) {
        var requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(credentials.connectTimeout())
                .build());
        requestFactory.setReadTimeout(credentials.readTimeout());

        String registrationId = credentials.registrationId();
        var registrations = new InMemoryClientRegistrationRepository(ClientRegistration
                .withRegistrationId(registrationId)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientId(credentials.clientId())
                .clientSecret(credentials.clientSecret())
                .tokenUri(credentials.tokenUri().toString())
                .scope(credentials.scopes())
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
        bearer.setClientRegistrationIdResolver(request -> registrationId);
        bearer.setPrincipalResolver(request -> SERVICE);
        bearer.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));

        return RestClient.builder()
                .requestFactory(requestFactory)
                .requestInterceptor(bearer);
    }
}
