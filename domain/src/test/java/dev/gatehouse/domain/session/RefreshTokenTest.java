package dev.gatehouse.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.password.Password;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    @Test
    void carries256RandomBitsInUrlSafeText() {
        RefreshToken token = RefreshToken.generate(new SecureRandom());

        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
        assertThat(RefreshToken.generate(new SecureRandom())).isNotEqualTo(token);
    }

    @Test
    void hashesToTheKnownSha256() {
        assertThat(new RefreshToken("abc").hash())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void neverPrintsItself() {
        RefreshToken token = RefreshToken.generate(new SecureRandom());

        assertThat(token.toString()).doesNotContain(token.value());
        assertThat(new Password("hunter2-secret").toString()).doesNotContain("hunter2");
    }
}
