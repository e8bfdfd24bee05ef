package dev.gatehouse.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The loop-based resolver answers exactly as Spring Security's regular-expression one does, for
 * hand-picked edge cases and for many random headers.
 */
class BearerHeaderTokenResolverTest {
    private final BearerHeaderTokenResolver resolver = new BearerHeaderTokenResolver(request -> false);
    private final DefaultBearerTokenResolver reference = new DefaultBearerTokenResolver();

    @Test
    void agreesWithSpringSecuritysResolverOnEdgeCases() {
        List<String> headers = List.of(
                "Bearer abc.def-ghi_jkl~mno+pqr/stu",
                "Bearer abc==",
                "bearer abc",
                "BEARER abc",
                "Bearer ",
                "Bearer",
                "Bearer  abc",
                "Bearer abc ",
                "Bearer a=b",
                "Bearer ==",
                "Bearer abc\u0000",
                "Bearer é",
                "Bearerabc",
                "Basic dXNlcjpwYXNz",
                "Token abc",
                "",
                " Bearer abc",
                "Bearer abc\nBearer def",
                "Bearer a.b.c=",
                "Bearer \u00a0abc");
        for (String header : headers) {
            assertSameAnswer(header);
        }
    }

    @Test
    void agreesWithSpringSecuritysResolverOnRandomHeaders() {
        Random random = new Random(20261203);
        String alphabet = "Bearer abcXYZ019-._~+/= \t\u0000é\u2028";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAnswer(header.toString());
        }
    }

    @Test
    void ignoresATokenWhereNoneIsTaken() {
        BearerHeaderTokenResolver onTokenlessPaths = new BearerHeaderTokenResolver(request -> true);

        assertThat(onTokenlessPaths.resolve(requestWith("Bearer abc"))).isNull();
        assertThat(onTokenlessPaths.resolve(requestWith("Bearer not a token"))).isNull();
    }

    @Test
    void aSecondAuthorizationHeaderMakesTheTokenMalformed() {
        for (String second : List.of("Bearer def", "Basic dXNlcjpwYXNz", "")) {
            MockHttpServletRequest request = requestWith("Bearer abc");
            request.addHeader("Authorization", second);

            assertThat(answerOf(() -> resolver.resolve(request)))
                    .as("then Authorization: %s", second)
                    .isEqualTo(new Answer(null, "invalid_token"));
        }
    }

    @Test
    void aSecondAuthorizationHeaderOnATokenlessPathIsIgnoredToo() {
        BearerHeaderTokenResolver onTokenlessPaths = new BearerHeaderTokenResolver(request -> true);
        MockHttpServletRequest request = requestWith("Bearer abc");
        request.addHeader("Authorization", "Bearer def");

        assertThat(onTokenlessPaths.resolve(request)).isNull();
    }

    private void assertSameAnswer(String header) {
        Answer expected = answerOf(() -> reference.resolve(requestWith(header)));
        Answer actual = answerOf(() -> resolver.resolve(requestWith(header)));
        assertThat(actual).as("Authorization: %s", header).isEqualTo(expected);
    }

    private static MockHttpServletRequest requestWith(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/users/me");
        request.addHeader("Authorization", authorization);
        return request;
    }

    /** The token, or the OAuth 2.0 error code the resolver failed with. */
    private record Answer(String token, String errorCode) {}

    private static Answer answerOf(java.util.function.Supplier<String> resolution) {
        String[] token = new String[1];
        Throwable failure = catchThrowable(() -> token[0] = resolution.get());
        if (failure != null) {
            assertThat(failure).isInstanceOf(OAuth2AuthenticationException.class);
            return new Answer(
                    null, ((OAuth2AuthenticationException) failure).getError().getErrorCode());
        }
        return new Answer(token[0], null);
    }
}
