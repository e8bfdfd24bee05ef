package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.domain.token.AccessTokenFormat;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/** How a verified access token becomes an authentication: roles claim "ADMIN" grants ROLE_ADMIN. */
public final class AccessTokenAuthentication {

    private AccessTokenAuthentication() {}

    public static JwtGrantedAuthoritiesConverter authoritiesConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(AccessTokenFormat.ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        return authorities;
    }

    public static JwtAuthenticationConverter converter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authoritiesConverter());
        return converter;
    }
}
