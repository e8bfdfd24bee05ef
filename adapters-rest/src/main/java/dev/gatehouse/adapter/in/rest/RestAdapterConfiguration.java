package dev.gatehouse.adapter.in.rest;

import dev.gatehouse.adapter.in.rest.admin.AdminUserController;
import dev.gatehouse.adapter.in.rest.admin.SigningKeyController;
import dev.gatehouse.adapter.in.rest.auth.AuthController;
import dev.gatehouse.adapter.in.rest.auth.RefreshCookieSettings;
import dev.gatehouse.adapter.in.rest.problem.ProblemErrorController;
import dev.gatehouse.adapter.in.rest.problem.ProblemResponses;
import dev.gatehouse.adapter.in.rest.problem.ProblemWriter;
import dev.gatehouse.adapter.in.rest.security.AccessTokenDecoder;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.JwksController;
import dev.gatehouse.adapter.in.rest.security.ProblemAccessDeniedHandler;
import dev.gatehouse.adapter.in.rest.security.ProblemAuthenticationEntryPoint;
import dev.gatehouse.adapter.in.rest.user.OwnProfileController;
import dev.gatehouse.adapter.in.rest.user.OwnSessionsController;
import dev.gatehouse.adapter.token.TokenSettings;
import dev.gatehouse.domain.port.in.CheckAccessTokenStandingUseCase;
import dev.gatehouse.domain.port.in.FindVerificationKeyUseCase;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the REST adapter adds to the application context. Bootstrap imports this one class
 * and supplies the driving ports (the use-case interfaces the controllers and the token decoder
 * call), a {@link TokenSettings} and a {@link RefreshCookieSettings}.
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
    OwnProfileController.class,
    OwnSessionsController.class,
    AdminUserController.class,
    SigningKeyController.class,
    JwksController.class,
    ProblemResponses.class,
    ProblemErrorController.class,
})
public class RestAdapterConfiguration {

    @Bean
    public SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JwtDecoder accessTokenDecoder,
                                                      ProblemWriter problemWriter) {
        return ApiSecurity.filterChain(http, accessTokenDecoder,
                new ProblemAuthenticationEntryPoint(problemWriter), new ProblemAccessDeniedHandler(problemWriter));
    }

    @Bean
    public JwtDecoder accessTokenDecoder(FindVerificationKeyUseCase verificationKeys,
                                         CheckAccessTokenStandingUseCase accessTokenStanding,
                                         TokenSettings tokenSettings) {
        return AccessTokenDecoder.create(verificationKeys, accessTokenStanding, tokenSettings);
    }

    @Bean
    public ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    public JsonMapperBuilderCustomizer strictJsonCustomizer() {
        return new StrictJsonCustomizer();
    }

    /** Ahead of security and everything else, so an oversized body is refused before any work. */
    @Bean
    public FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ProblemWriter problemWriter) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(problemWriter));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    public OpenAPI gatehouseOpenApi() {
        return ApiDocumentation.openApi();
    }

    @Bean
    public OpenApiCustomizer problemResponsesDocumentation() {
        return ApiDocumentation.problemResponses();
    }

    @Bean
    public OperationCustomizer adminOnlyResponsesDocumentation() {
        return ApiDocumentation.adminOnlyResponses();
    }
}
