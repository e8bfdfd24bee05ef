package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransactionSlotsTest {
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Test
    void transactionsGetThePoolLessTheConnectionsKeptForReads() {
        assertThat(TransactionSlots.forPool(10, 4, WAIT).slots()).isEqualTo(6);
    }

    @Test
    void keepingNoneLeavesThePoolToDecideAlone() {
        assertThat(TransactionSlots.forPool(10, 0, WAIT).slots()).isZero();
        assertThat(TransactionSlots.forPool(10, 0, WAIT).run(() -> "ran")).isEqualTo("ran");
    }

    @Test
    void keepingTheWholePoolForReadsStopsTheStartWithTheSettingsNamed() {
        assertThatThrownBy(() -> TransactionSlots.forPool(4, 4, WAIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("app.persistence.connections-kept-for-reads (4)")
                .hasMessageContaining("spring.datasource.hikari.maximum-pool-size");
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new ConnectionsKeptForReads(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
