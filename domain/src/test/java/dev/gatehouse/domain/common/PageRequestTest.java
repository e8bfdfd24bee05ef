package dev.gatehouse.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void acceptsSizesFromOneToAHundred() {
        assertThat(new PageRequest(0, 1).size()).isEqualTo(1);
        assertThat(new PageRequest(3, 100).offset()).isEqualTo(300);
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PageRequest(0, 101)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PageRequest(-1, 20))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("page");
    }

    @Test
    void countsPagesRoundingUp() {
        assertThat(new ResultPage<>(List.of(), 0, 20, 0).totalPages()).isZero();
        assertThat(new ResultPage<>(List.of(), 0, 20, 20).totalPages()).isEqualTo(1);
        assertThat(new ResultPage<>(List.of(), 0, 20, 21).totalPages()).isEqualTo(2);
    }

    @Test
    void updateTellsKeepFromSetToNull() {
        assertThat(Update.<String>keep().orElse("old")).isEqualTo("old");
        assertThat(Update.<String>to(null).orElse("old")).isNull();
        assertThat(Update.to("new").map(String::length).value()).isEqualTo(3);
    }
}
