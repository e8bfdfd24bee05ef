package dev.gatehouse.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void aSetHoldsTenDifferentCodes() {
        RecoveryCodes codes = RecoveryCodes.generate(new SecureRandom());

        assertThat(codes.codes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes.displayed()).hasSize(10).allMatch(shown -> shown.matches("([a-z2-7]{5}-){4}[a-z2-7]{5}"));
    }

    @Test
    void eachShownCodeIsFoundAgainByTheHashStoredForIt() {
        RecoveryCodes codes = RecoveryCodes.generate(new SecureRandom());
        List<RecoveryCodeHash> stored = codes.hashes();

        assertThat(stored).hasSize(10).doesNotHaveDuplicates();
        for (int i = 0; i < 10; i++) {
            String typed = codes.displayed().get(i).toUpperCase(java.util.Locale.ROOT);

            assertThat(RecoveryCode.parse(typed).map(RecoveryCodeHash::of)).contains(stored.get(i));
        }
    }

    @Test
    void aSetOfOtherThanTenDifferentCodesIsRefused() {
        List<RecoveryCode> nine = new ArrayList<>(
                RecoveryCodes.generate(new SecureRandom()).codes().subList(0, 9));
        List<RecoveryCode> withATwin = new ArrayList<>(nine);
        withATwin.add(nine.get(0));

        assertThatThrownBy(() -> new RecoveryCodes(nine)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecoveryCodes(withATwin)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsTheCodes() {
        RecoveryCodes codes = RecoveryCodes.generate(new SecureRandom());

        assertThat(codes.toString()).doesNotContain(codes.codes().get(0).value().substring(0, 5));
    }
}
