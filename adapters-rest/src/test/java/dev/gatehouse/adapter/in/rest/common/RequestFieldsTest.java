package dev.gatehouse.adapter.in.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {

    @Test
    void refusalsAreReportedUnderTheClientsFieldNames() {
        RequestFields fields = new RequestFields();
        fields.required("email", "not-an-email", Email::new);
        fields.required("currentPassword", "", Password::new);
        fields.optional("displayName", null, DisplayName::new);

        assertThatThrownBy(fields::throwIfInvalid)
                .isInstanceOf(InvalidFieldsException.class)
                .extracting(e -> ((InvalidFieldsException) e).errors(), list(FieldError.class))
                .extracting(FieldError::field)
                .containsExactly("email", "currentPassword");
    }

    @Test
    void nothingRefusedMeansNothingThrown() {
        RequestFields fields = new RequestFields();
        Email email = fields.required("email", " Ada@Example.com ", Email::new);
        fields.throwIfInvalid();

        assertThat(email.value()).isEqualTo("ada@example.com");
    }

    @Test
    @SuppressWarnings("NullOptional") // a null Optional is how an absent field arrives: what is under test
    void anUpdateTellsAbsentFromNullFromAValue() {
        RequestFields fields = new RequestFields();

        assertThat(fields.update("displayName", null, DisplayName::new)).isEqualTo(Update.keep());
        assertThat(fields.update("displayName", Optional.empty(), DisplayName::new))
                .isEqualTo(Update.to(null));
        assertThat(fields.update("displayName", Optional.of(" Ada "), DisplayName::new))
                .isEqualTo(Update.to(new DisplayName("Ada")));
    }

    @Test
    void pathIdsMustBeCanonicalUuids() {
        assertThat(PathIds.parse("7d8a3f52-0a6a-4c1e-9a51-1c7d5f0b2a11").toString())
                .isEqualTo("7d8a3f52-0a6a-4c1e-9a51-1c7d5f0b2a11");
        assertThatThrownBy(() -> PathIds.parse("1-1-1-1-1")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> PathIds.parse("me")).isInstanceOf(InvalidIdException.class);
    }
}
