package dev.gatehouse.domain.port.in.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.common.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListUsersQueryTest {
    private static final PageRequest FIRST = new PageRequest(0, 20);

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0000b", "\u0001", "\u0085", "\u2028", "\u00a0", "\ud800", "\ufffd"})
    void refusesAFilterNoEmailCouldHold(String filter) {
        assertThatThrownBy(() -> new ListUsersQuery(FIRST, filter, null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("email");
    }

    @Test
    void refusesAFilterLongerThanAnEmail() {
        assertThatThrownBy(() -> new ListUsersQuery(FIRST, "a".repeat(255), null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aBlankFilterFiltersNothing() {
        assertThat(new ListUsersQuery(FIRST, " ", null).emailContains()).isNull();
        assertThat(new ListUsersQuery(FIRST, "ada@", null).emailContains()).isEqualTo("ada@");
    }
}
