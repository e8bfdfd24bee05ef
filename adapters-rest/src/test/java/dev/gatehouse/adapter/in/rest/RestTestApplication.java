package dev.gatehouse.adapter.in.rest;

import dev.gatehouse.adapter.in.rest.auth.RefreshCookieSettings;
import dev.gatehouse.adapter.in.rest.support.StubUseCases;
import dev.gatehouse.adapter.in.rest.support.TestTokens;
import dev.gatehouse.adapter.token.TokenSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What bootstrap gives the adapter, and no more: its configuration class, the use cases (here one
 * scriptable stub for all of them), the token settings and the refresh-cookie settings (off unless
 * a test sets {@code app.auth.refresh-cookie.enabled=true}, as bootstrap's property is named).
 * Slices ({@code @WebMvcTest}) replace the auto-configuration with their own; full-context tests
 * use all of it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RestAdapterConfiguration.class)
public class RestTestApplication {

    @Bean
    StubUseCases stubUseCases() {
        return new StubUseCases();
    }

    @Bean
    TokenSettings tokenSettings() {
        return TestTokens.SETTINGS;
    }

    @Bean
    RefreshCookieSettings refreshCookieSettings(@Value("${app.auth.refresh-cookie.enabled:false}") boolean enabled) {
        return new RefreshCookieSettings(enabled);
    }
}
