package dev.gatehouse.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class TotpSecretTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void generatesA160BitSecret() {
        TotpSecret secret = TotpSecret.generate(new SecureRandom());

        assertThat(secret.bytes()).hasSize(20);
        assertThat(secret.base32()).matches("[A-Z2-7]{32}");
        assertThat(TotpSecret.generate(new SecureRandom())).isNotEqualTo(secret);
    }

    @Test
    void showsItselfInBase32ForTheAuthenticatorApp() {
        assertThat(TotpSecret.of(RFC_SECRET).base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void isEqualToASecretOfTheSameBytesOnly() {
        TotpSecret secret = TotpSecret.of(RFC_SECRET);
        byte[] other = RFC_SECRET.clone();
        other[19] ^= 1;

        assertThat(secret).isEqualTo(TotpSecret.of(RFC_SECRET)).hasSameHashCodeAs(TotpSecret.of(RFC_SECRET));
        assertThat(secret).isNotEqualTo(TotpSecret.of(other));
    }

    @Test
    void keepsItsBytesToItself() {
        byte[] given = RFC_SECRET.clone();
        TotpSecret secret = TotpSecret.of(given);
        given[0] ^= 1;
        secret.bytes()[1] ^= 1;

        assertThat(secret.bytes()).isEqualTo(RFC_SECRET);
    }

    @Test
    void refusesFewerThan128Bits() {
        assertThatThrownBy(() -> TotpSecret.of(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThat(TotpSecret.of(new byte[16]).bytes()).hasSize(16);
    }

    @Test
    void neverPrintsItself() {
        TotpSecret secret = TotpSecret.of(RFC_SECRET);

        assertThat(secret.toString()).doesNotContain(secret.base32()).doesNotContain("1234");
    }
}
