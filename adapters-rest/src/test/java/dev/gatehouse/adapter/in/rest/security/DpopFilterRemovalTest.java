package dev.gatehouse.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/** {@link ApiSecurity#withoutDpop} takes out the one plain AuthenticationFilter, and refuses to guess. */
class DpopFilterRemovalTest {
    private final Filter before = (request, response, chain) -> chain.doFilter(request, response);
    private final Filter after = (request, response, chain) -> chain.doFilter(request, response);

    @Test
    void theDpopFilterIsTakenOutAndEverythingElseKeepsItsPlace() {
        DefaultSecurityFilterChain chain =
                new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE, before, dpopFilter(), after);

        DefaultSecurityFilterChain without = ApiSecurity.withoutDpop(chain);

        assertThat(without.getFilters()).containsExactly(before, after);
        assertThat(without.getRequestMatcher()).isSameAs(AnyRequestMatcher.INSTANCE);
    }

    @Test
    void aChainWithoutItStopsTheStart() {
        DefaultSecurityFilterChain chain = new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE, List.of(before));

        assertThatThrownBy(() -> ApiSecurity.withoutDpop(chain))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("found 0");
    }

    @Test
    void aChainWithTwoStopsTheStart() {
        DefaultSecurityFilterChain chain =
                new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE, dpopFilter(), before, dpopFilter());

        assertThatThrownBy(() -> ApiSecurity.withoutDpop(chain))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("found 2");
    }

    private static AuthenticationFilter dpopFilter() {
        AuthenticationManager noManager = authentication -> authentication;
        return new AuthenticationFilter(noManager, request -> null);
    }
}
