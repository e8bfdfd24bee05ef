package dev.gatehouse.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.user.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonCustomizerTest {
    record Body(String text, Boolean flag, Integer number, List<Role> roles, Optional<String> patched) {}

    private final JsonMapper mapper = strictMapper();

    private static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonCustomizer().customize(builder);
        return builder.build();
    }

    @Test
    @SuppressWarnings("NullOptional") // an absent JSON field is a null Optional: the tri-state the request records use
    void aWellTypedBodyIsRead() {
        Body body = mapper.readValue("{\"text\":\"a\",\"flag\":true,\"number\":3,\"roles\":[\"ADMIN\"]}", Body.class);

        assertThat(body).isEqualTo(new Body("a", true, 3, List.of(Role.ADMIN), null));
    }

    @Test
    void anOptionalLeftOutIsNullAndAnOptionalSentAsNullIsEmpty() {
        assertThat(mapper.readValue("{}", Body.class).patched()).isNull();
        assertThat(mapper.readValue("{\"patched\":null}", Body.class).patched()).isEmpty();
        assertThat(mapper.readValue("{\"patched\":\"x\"}", Body.class).patched())
                .contains("x");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"unknown\":1}",
                "{\"text\":1}",
                "{\"text\":1.5}",
                "{\"text\":true}",
                "{\"flag\":\"true\"}",
                "{\"flag\":1}",
                "{\"number\":\"3\"}",
                "{\"number\":3.5}",
                "{\"number\":true}",
                "{\"roles\":[0]}",
                "{\"roles\":\"ADMIN\"}",
                "{\"roles\":[\"ADMIN\",null]}",
                "{\"roles\":[\"admin\"]}",
                "{\"patched\":5}",
                "{\"text\":\"a\",\"text\":\"b\"}",
                "{\"text\":\"a\"} trailing",
                "{\"text\":\"a\"}{}",
                // Empty and blank strings are strings too, not a way to send null or false.
                "{\"flag\":\"\"}",
                "{\"flag\":\" \"}",
                "{\"flag\":\"\\t\"}",
                "{\"number\":\"\"}",
                "{\"number\":\"  \"}",
                "{\"roles\":[\"\"]}",
                "{\"roles\":[\" \"]}",
            })
    void anythingLooserIsRefused(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, Body.class)).isInstanceOf(JacksonException.class);
    }
}
