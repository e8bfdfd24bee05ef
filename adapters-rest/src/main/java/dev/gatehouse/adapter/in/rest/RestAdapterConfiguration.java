package dev.gatehouse.adapter.in.rest;

import dev.gatehouse.adapter.in.rest.admin.AdminMfaController;
import dev.gatehouse.adapter.in.rest.admin.AdminUserController;
import dev.gatehouse.adapter.in.rest.admin.AuditEventController;
import dev.gatehouse.adapter.in.rest.admin.SigningKeyController;
import dev.gatehouse.adapter.in.rest.auth.AuthController;
import dev.gatehouse.adapter.in.rest.auth.EmailLinkController;
import dev.gatehouse.adapter.in.rest.auth.RefreshCookieSettings;
import dev.gatehouse.adapter.in.rest.common.ApiPaths;
import dev.gatehouse.adapter.in.rest.problem.BodilessNotFoundAnswers;
import dev.gatehouse.adapter.in.rest.problem.ProblemErrorController;
import dev.gatehouse.adapter.in.rest.problem.ProblemResponses;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import dev.gatehouse.adapter.in.rest.problem.TomcatProblemPages;
import dev.gatehouse.adapter.in.rest.security.AccessTokenDecoder;
import dev.gatehouse.adapter.in.rest.security.AdminAccess;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.BearerTokenFailureHandler;
import dev.gatehouse.adapter.in.rest.security.Caller;
import dev.gatehouse.adapter.in.rest.security.CallerArgumentResolver;
import dev.gatehouse.adapter.in.rest.security.CorsSettings;
import dev.gatehouse.adapter.in.rest.security.JwksController;
import dev.gatehouse.adapter.in.rest.security.ManagementPort;
import dev.gatehouse.adapter.in.rest.security.MfaSettings;
import dev.gatehouse.adapter.in.rest.security.ProblemAccessDeniedHandler;
import dev.gatehouse.adapter.in.rest.security.ProblemAuthenticationEntryPoint;
import dev.gatehouse.adapter.in.rest.security.RequestFirewall;
import dev.gatehouse.adapter.in.rest.security.UnmappedRequests;
import dev.gatehouse.adapter.in.rest.user.OwnEmailController;
import dev.gatehouse.adapter.in.rest.user.OwnMfaController;
import dev.gatehouse.adapter.in.rest.user.OwnProfileController;
import dev.gatehouse.adapter.in.rest.user.OwnSessionsController;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingUseCase;
import dev.gatehouse.domain.port.in.key.FindVerificationKeyUseCase;
import dev.gatehouse.domain.token.ClockSkew;
import dev.gatehouse.domain.token.IssuerAndAudience;
import io.swagger.v3.oas.models.OpenAPI;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the REST adapter adds to the application context. Bootstrap imports this one class
 * and supplies the driving ports (the use-case interfaces the controllers and the token decoder
 * call), a {@link IssuerAndAudience}, a {@link RefreshCookieSettings}, a {@link RateLimitSettings} and
 * a {@link CorsSettings} and a {@link MfaSettings}.
 *
 * <p>The controllers and the problem handlers are listed in {@code @Import} rather than found by
 * component scanning: the list is short, a reader sees exactly what the module contributes, and
 * nothing from another module's packages can be picked up by accident.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import({
    AuthController.class,
    EmailLinkController.class,
    OwnProfileController.class,
    OwnEmailController.class,
    OwnSessionsController.class,
    OwnMfaController.class,
    AdminUserController.class,
    AdminMfaController.class,
    SigningKeyController.class,
    AuditEventController.class,
    JwksController.class,
    ProblemResponses.class,
    ProblemErrorController.class,
    BodilessNotFoundAnswers.class,
})
public class RestAdapterConfiguration {
    /** The public auth endpoints, as a servlet URL pattern. */
    static final String AUTH_PATHS = ApiPaths.AUTH + "/*";

    @Bean
    public SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http,
            JwtDecoder accessTokenDecoder,
            ManagementPort managementPort,
            AdminAccess adminAccess,
            ProblemWriter problemWriter,
            ObjectProvider<HandlerMapping> handlerMappings,
            CorsSettings corsSettings) {
        UnmappedRequests unmapped = UnmappedRequests.of(handlerMappings, managementPort);
        ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problemWriter, unmapped);
        return ApiSecurity.filterChain(
                http,
                accessTokenDecoder,
                managementPort,
                adminAccess,
                unauthorized,
                new ProblemAccessDeniedHandler(problemWriter, unmapped),
                new BearerTokenFailureHandler(unauthorized, problemWriter),
                corsSettings,
                problemWriter);
    }

    /** Named, since {@code @AdminOnly} refers to it by name. */
    @Bean(AdminAccess.BEAN_NAME)
    public AdminAccess adminAccess(MfaSettings mfaSettings) {
        return new AdminAccess(mfaSettings);
    }

    @Bean
    public ManagementPort managementPort() {
        return new ManagementPort();
    }

    /** Spring Security finds it by type; see {@link RequestFirewall} for why it is not the default one. */
    @Bean
    public HttpFirewall requestFirewall() {
        return RequestFirewall.strict();
    }

    /**
     * No observation around every security filter, authentication and authorization: those cost
     * about 40 % of the CPU of a token-authenticated read, and the HTTP server metrics (one timer
     * per request, kept) already say how long requests take and how they ended.
     */
    @Bean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public JwtDecoder accessTokenDecoder(
            FindVerificationKeyUseCase verificationKeys,
            CheckAccessTokenStandingUseCase accessTokenStanding,
            IssuerAndAudience tokenSettings,
            ClockSkew clockSkew) {
        return AccessTokenDecoder.create(verificationKeys, accessTokenStanding, tokenSettings, clockSkew);
    }

    /** Tomcat's own refusals (e.g. an encoded NUL in the path) answer with problem bodies too. */
    @Bean
    public TomcatProblemPages tomcatProblemPages() {
        return new TomcatProblemPages();
    }

    @Bean
    public ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    public JsonMapperBuilderCustomizer strictJsonCustomizer() {
        return new StrictJsonCustomizer();
    }

    @Bean
    public FilterRegistrationBean<AcceptCharsetIgnoringFilter> acceptCharsetIgnoringFilter() {
        return acceptCharsetIgnoringRegistration();
    }

    /**
     * First of all, and again for error pages: nothing negotiates with a charset nobody can write.
     * Also registered on the management port, whose child context has filters of its own only.
     */
    public static FilterRegistrationBean<AcceptCharsetIgnoringFilter> acceptCharsetIgnoringRegistration() {
        FilterRegistrationBean<AcceptCharsetIgnoringFilter> registration =
                new FilterRegistrationBean<>(new AcceptCharsetIgnoringFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Ahead of security and everything else, so an oversized body is refused before any work. */
    @Bean
    public FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ProblemWriter problemWriter) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(problemWriter));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * The per-address limit on the public auth endpoints: after the body-size check, ahead of
     * security and of anything that reads the body. Switched off, it is not registered at all.
     */
    @Bean
    public FilterRegistrationBean<ClientRateLimitFilter> clientRateLimitFilter(
            RateLimitSettings settings, ProblemWriter problemWriter) {
        FilterRegistrationBean<ClientRateLimitFilter> registration =
                new FilterRegistrationBean<>(new ClientRateLimitFilter(settings, problemWriter));
        registration.addUrlPatterns(AUTH_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setEnabled(settings.enabled());
        return registration;
    }

    /** API requests are looked up in the controllers' mappings first (see {@link ApiMappingsFirst}). */
    @Bean
    public HandlerMapping apiMappingsFirst(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers) {
        return new ApiMappingsFirst(controllers);
    }

    /** Controller methods take their {@link Caller} (or a public endpoint's {@link ClientInfo}) as an argument. */
    @Bean
    public WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    @Bean
    public OpenAPI gatehouseOpenApi() {
        return ApiDocumentation.openApi();
    }

    @Bean
    public OpenApiCustomizer problemResponsesDocumentation() {
        OpenApiCustomizer adminEndpoints = OperationalEndpointsDocumentation.adminEndpoints();
        OpenApiCustomizer problemResponses = ApiDocumentation.problemResponses();
        OpenApiCustomizer healthEndpoints = OperationalEndpointsDocumentation.healthEndpoints();
        // In this order: the actuator's ADMIN endpoints get the shared error responses, the health
        // endpoints, which answer their own bodies (a 503 too), do not.
        return openApi -> {
            adminEndpoints.customise(openApi);
            problemResponses.customise(openApi);
            healthEndpoints.customise(openApi);
        };
    }

    @Bean
    public OperationCustomizer adminOnlyResponsesDocumentation() {
        return ApiDocumentation.adminOnlyResponses();
    }
}
