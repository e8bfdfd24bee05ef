package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.adapter.in.rest.common.ApiPaths;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.OAuth2ProtectedResourceMetadata;
import org.springframework.security.oauth2.server.resource.OAuth2ProtectedResourceMetadataClaimNames;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.CorsFilter;

/**
 * Who may reach which path. Stateless bearer-token authentication only: no server session, and no
 * cookie ever authenticates a request, so there is no CSRF exposure. The one cookie there may be
 * (the refresh token, when a deployment switches it on) is read only by refresh and logout, is
 * scoped to {@code /api/v1/auth}, and is SameSite=Strict: a page of another site cannot make a
 * browser send it. Public paths are listed; everything else needs a valid access token, and the
 * ADMIN paths the caller's {@link AdminAccess}: the role, and a second factor while MFA is required
 * for admins. The caller's own account ({@code /api/v1/users/me/**}) takes any valid token, so that
 * an admin without MFA can enrol.
 */
public final class ApiSecurity {
    /** The name under which the OpenAPI document declares bearer access tokens. */
    public static final String BEARER_AUTH = "bearerAuth";

    private static final String REGISTER = ApiPaths.AUTH + "/register";
    private static final String LOGIN = ApiPaths.AUTH + "/login";
    /** The second step of a login with MFA: public, the mfa token is its credential. */
    private static final String LOGIN_MFA = LOGIN + "/mfa";

    private static final String REFRESH = ApiPaths.AUTH + "/refresh";
    private static final String LOGOUT = ApiPaths.AUTH + "/logout";
    /** The endpoints of mailed links: whoever follows one may not be signed in; the mailed token is the credential. */
    private static final String PASSWORD_RESET = ApiPaths.AUTH + "/password-reset";

    private static final String PASSWORD_RESET_CONFIRM = PASSWORD_RESET + "/confirm";
    private static final String VERIFY_EMAIL = ApiPaths.AUTH + "/verify-email";
    private static final String CONFIRM_EMAIL_CHANGE = ApiPaths.AUTH + "/confirm-email-change";

    private static final String[] PUBLIC_ANY_METHOD = {
        // Any method, so that a wrong method is answered 405 rather than 401.
        REGISTER,
        LOGIN,
        LOGIN_MFA,
        REFRESH,
        LOGOUT,
        PASSWORD_RESET,
        PASSWORD_RESET_CONFIRM,
        VERIFY_EMAIL,
        CONFIRM_EMAIL_CHANGE,
        "/actuator/health/**",
        "/livez",
        "/readyz",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
    };

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /**
     * The endpoints that never use an access token. One sent anyway (a client that adds its expired
     * token to every request, right when it comes to refresh; a service whose HTTP client passes a
     * user's header on when it fetches the keys) is ignored there instead of failing the request
     * with 401. Not the health endpoints: they show an admin's token the components' details, so a
     * token sent there is checked.
     */
    private static final RequestMatcher TOKENLESS = underAnyOf(
            List.of(ApiPaths.AUTH + "/", "/.well-known/", "/livez", "/readyz", "/v3/api-docs", "/swagger-ui"),
            new OrRequestMatcher(
                    PATHS.matcher(REGISTER),
                    PATHS.matcher(LOGIN),
                    PATHS.matcher(LOGIN_MFA),
                    PATHS.matcher(REFRESH),
                    PATHS.matcher(LOGOUT),
                    PATHS.matcher(PASSWORD_RESET),
                    PATHS.matcher(PASSWORD_RESET_CONFIRM),
                    PATHS.matcher(VERIFY_EMAIL),
                    PATHS.matcher(CONFIRM_EMAIL_CHANGE),
                    PATHS.matcher("/.well-known/jwks.json"),
                    PATHS.matcher("/livez"),
                    PATHS.matcher("/readyz"),
                    PATHS.matcher("/v3/api-docs/**"),
                    PATHS.matcher("/swagger-ui.html"),
                    PATHS.matcher("/swagger-ui/**")));

    /** RFC 9728's name for tokens sent in the Authorization header, the only place this service reads them. */
    static final String BEARER_IN_HEADER = "header";

    private static final Set<String> PUBLISHED_METADATA = Set.of(
            OAuth2ProtectedResourceMetadataClaimNames.RESOURCE,
            OAuth2ProtectedResourceMetadataClaimNames.BEARER_METHODS_SUPPORTED,
            OAuth2ProtectedResourceMetadataClaimNames.TLS_CLIENT_CERTIFICATE_BOUND_ACCESS_TOKENS);

    private ApiSecurity() {}

    public static SecurityFilterChain filterChain(
            HttpSecurity http,
            JwtDecoder decoder,
            ManagementPort managementPort,
            AdminAccess adminAccess,
            ProblemAuthenticationEntryPoint unauthorized,
            ProblemAccessDeniedHandler forbidden,
            BearerTokenFailureHandler tokenCheckFailed,
            CorsSettings cors,
            ProblemWriter problems) {
        // Not Spring Security's own CORS set-up: that one would fall back to Spring MVC's
        // configuration, and its refusals have no problem body. The same filter in the same place.
        http.cors(AbstractHttpConfigurer::disable);
        CrossOriginRequests.filter(cors, problems).ifPresent(filter -> http.addFilterAt(filter, CorsFilter.class));
        return withoutDpop(http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(paths -> paths
                        // The error page renders failures of requests already decided on.
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(PUBLIC_ANY_METHOD)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json")
                        .permitAll()
                        // Prometheus may scrape anonymously on the management port (kept off the
                        // public network by the deployer); on the public port metrics are for admins.
                        .requestMatchers(new AndRequestMatcher(
                                managementPort.requests(), PATHS.matcher(HttpMethod.GET, "/actuator/prometheus")))
                        .permitAll()
                        // Beyond health, actuator endpoints (flyway: the migration history) are for admins.
                        .requestMatchers("/actuator/**")
                        .access(adminAccess)
                        .requestMatchers("/api/v1/users/me/**")
                        .authenticated()
                        // Also enforced by @AdminOnly on the controller. Checking here as well
                        // answers 403 before the body or the id is even read, so a USER cannot
                        // learn anything from 400s, and a new admin endpoint under this path
                        // cannot be left open by a forgotten annotation.
                        .requestMatchers("/api/v1/users/**")
                        .access(adminAccess)
                        .requestMatchers("/api/v1/signing-keys/**")
                        .access(adminAccess)
                        .requestMatchers("/api/v1/audit-events/**")
                        .access(adminAccess)
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .protectedResourceMetadata(
                                metadata -> metadata.protectedResourceMetadataCustomizer(ApiSecurity::onlyWhatIsTrue))
                        .bearerTokenResolver(bearerTokenResolver())
                        .jwt(jwt ->
                                jwt.decoder(decoder).jwtAuthenticationConverter(AccessTokenAuthentication.converter()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden)
                        // The configurer has no setting for it; its filter is post-processed, so set it there.
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
                                filter.setAuthenticationFailureHandler(tokenCheckFailed);
                                return filter;
                            }
                        }))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build());
    }

    /**
     * The chain without the DPoP (RFC 9449) filter that Spring Security 7 adds to every resource
     * server whose classpath has DPoP's classes, with no setting to leave it out. That filter takes
     * each request whose Authorization header names the DPoP scheme and answers it itself: a 401 with
     * no problem body, {@code WWW-Authenticate: DPoP} and the JWT decoder's own message, where the
     * contract promises a problem and a {@code Bearer} challenge. Gatehouse issues Bearer tokens
     * only, so a DPoP header is a scheme it does not take, like Basic: no token on a public endpoint,
     * the contract's 401 where one is needed. Without the filter, every request also reads (and
     * the firewall checks) its Authorization header once less.
     *
     * <p>The filter is the chain's one plain {@link AuthenticationFilter}. Finding none, or more than
     * one, stops the start: a Spring Security that changed this must be looked at, not guessed at.
     */
    static DefaultSecurityFilterChain withoutDpop(DefaultSecurityFilterChain chain) {
        List<Filter> kept = chain.getFilters().stream()
                .filter(filter -> filter.getClass() != AuthenticationFilter.class)
                .toList();
        int removed = chain.getFilters().size() - kept.size();
        if (removed != 1) {
            throw new IllegalStateException(
                    "Expected Spring Security's DPoP filter, one AuthenticationFilter, in the chain; found " + removed);
        }
        return new DefaultSecurityFilterChain(chain.getRequestMatcher(), kept);
    }

    /**
     * The OAuth 2.0 protected resource metadata (RFC 9728) that Spring Security serves at
     * {@code /.well-known/oauth-protected-resource}, cut to what holds here: the resource (this
     * service's URL, as the request reached it) and tokens in the {@code Authorization} header
     * only. Spring Security's default also claims {@code tls_client_certificate_bound_access_tokens},
     * but no token is bound to a client certificate: that is stated as false. No authorization
     * server is named, since Gatehouse issues its tokens itself and publishes no OAuth
     * authorization server metadata. No 401 points to the document (the challenge stays {@code
     * Bearer} or {@code Bearer error="invalid_token"}, as the contract has it); it is for clients
     * that look for it at the well-known path.
     */
    static void onlyWhatIsTrue(OAuth2ProtectedResourceMetadata.Builder metadata) {
        metadata.bearerMethods(methods -> {
                    methods.clear();
                    methods.add(BEARER_IN_HEADER);
                })
                .tlsClientCertificateBoundAccessTokens(false)
                // Whatever a later Spring Security adds by default stays out until it is checked here.
                .claims(claims -> claims.keySet().retainAll(PUBLISHED_METADATA));
    }

    static BearerTokenResolver bearerTokenResolver() {
        return new BearerHeaderTokenResolver(TOKENLESS);
    }

    /**
     * {@code precise}, asked only for a path under one of {@code prefixes}. Every request that
     * carries a token is checked against the token-less endpoints, nearly always in vain, and at
     * that point of the chain each path pattern parses the path anew (nothing has cached it yet):
     * a look at the raw path first spares the reads a parse per pattern. A path that reaches
     * those endpoints only when decoded is not ignored a token, which is the stricter answer.
     */
    private static RequestMatcher underAnyOf(List<String> prefixes, RequestMatcher precise) {
        return request -> {
            String uri = request.getRequestURI();
            int start = request.getContextPath().length();
            for (String prefix : prefixes) {
                if (uri.startsWith(prefix, start)) {
                    return precise.matches(request);
                }
            }
            return false;
        };
    }
}
