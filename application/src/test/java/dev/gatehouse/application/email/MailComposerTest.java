package dev.gatehouse.application.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.application.email.mailing.MailComposer;
import dev.gatehouse.application.email.mailing.MailLinks;
import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.user.Email;
import java.security.SecureRandom;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailComposerTest {
    private static final Email TO = new Email("ada@example.com");
    private static final EnumSet<MailTopic> LINK_TOPICS =
            EnumSet.of(MailTopic.VERIFY_EMAIL, MailTopic.PASSWORD_RESET, MailTopic.CONFIRM_EMAIL_CHANGE);

    private final MailComposer composer = new MailComposer("Acme Login", Fixtures.LINKS);
    private final EmailToken token = EmailToken.generate(new SecureRandom());

    @ParameterizedTest
    @EnumSource(EmailTokenPurpose.class)
    void aLinkMailCarriesTheLinkTheProductTheExpiryAndWhatToDoIfUnasked(EmailTokenPurpose purpose) {
        Mail mail = composer.linkMail(TO, purpose, token);

        assertThat(mail.to()).isEqualTo(TO);
        assertThat(LINK_TOPICS).contains(mail.topic());
        assertThat(mail.subject()).contains("Acme Login");
        assertThat(mail.text())
                .contains(Fixtures.LINKS.linkFor(purpose, token))
                .contains("#token=" + token.value())
                .contains("Acme Login")
                .contains("If you did not");
        assertThat(Fixtures.linkedToken(mail)).isEqualTo(token.value());
        assertThat(mail.toString()).doesNotContain(token.value());
    }

    @Test
    void theExpirySaysHowLongEachPurposeLasts() {
        assertThat(composer.linkMail(TO, EmailTokenPurpose.PASSWORD_RESET, token)
                        .text())
                .contains("expires in 30 minutes");
        assertThat(composer.linkMail(TO, EmailTokenPurpose.VERIFY_EMAIL, token).text())
                .contains("expires in 24 hours");
        assertThat(composer.linkMail(TO, EmailTokenPurpose.EMAIL_CHANGE, token).text())
                .contains("expires in 24 hours");
        assertThat(composer.linkMail(TO, EmailTokenPurpose.EMAIL_CHANGE, token).topic())
                .isEqualTo(MailTopic.CONFIRM_EMAIL_CHANGE);
    }

    @ParameterizedTest
    @EnumSource(
            value = MailTopic.class,
            names = {"VERIFY_EMAIL", "PASSWORD_RESET", "CONFIRM_EMAIL_CHANGE"},
            mode = EnumSource.Mode.EXCLUDE)
    void aNoticeNamesTheProductAndCarriesNoLink(MailTopic topic) {
        Mail mail = composer.notice(TO, topic);

        assertThat(mail.topic()).isEqualTo(topic);
        assertThat(mail.subject()).contains("Acme Login");
        assertThat(mail.text())
                .contains("Acme Login")
                .contains("If this was not you")
                .doesNotContain("http")
                .doesNotContain("token");
    }

    @ParameterizedTest
    @EnumSource(
            value = MailTopic.class,
            names = {"VERIFY_EMAIL", "PASSWORD_RESET", "CONFIRM_EMAIL_CHANGE"})
    void aTopicWithALinkIsNoNotice(MailTopic topic) {
        assertThatThrownBy(() -> composer.notice(TO, topic)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTemplateWithoutThePlaceholderIsRefusedNamingItsSetting() {
        assertThatThrownBy(() -> new MailLinks(
                        "https://app.example/verify#token={token}",
                        "https://app.example/reset",
                        "https://app.example/confirm#token={token}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APP_MAIL_LINKS_PASSWORD_RESET")
                .hasMessageContaining("{token}");
        assertThatThrownBy(() -> new MailLinks(
                        "https://app.example/verify",
                        "https://app.example/reset#token={token}",
                        "https://app.example/confirm#token={token}"))
                .hasMessageContaining("APP_MAIL_LINKS_VERIFY_EMAIL");
        assertThatThrownBy(() -> new MailLinks(
                        "https://app.example/verify#token={token}",
                        "https://app.example/reset#token={token}",
                        "https://app.example/confirm#t=token"))
                .hasMessageContaining("APP_MAIL_LINKS_EMAIL_CHANGE");
    }
}
