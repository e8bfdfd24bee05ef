package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The README shows operators when each migration ran; this keeps that query honest. */
@PersistenceIT
class FlywayHistoryIT {
    static final String README_QUERY =
            "SELECT version, description, installed_on FROM flyway_schema_history ORDER BY installed_rank";

    private final DSLContext dsl;
    private final Flyway flyway;

    @Autowired
    FlywayHistoryIT(DSLContext dsl, Flyway flyway) {
        this.dsl = dsl;
        this.flyway = flyway;
    }

    @Test
    void recordsWhenEachMigrationRan() {
        List<MigrationInfo> migrations = Arrays.asList(flyway.info().all());
        assertThat(migrations).as("migrations found on the classpath").isNotEmpty();
        assertThat(flyway.info().pending())
                .as("migrations left pending at startup")
                .isEmpty();

        Result<Record> history = dsl.resultQuery(README_QUERY).fetch();

        assertThat(history)
                .extracting(row -> row.get("version", String.class))
                .containsExactlyElementsOf(migrations.stream()
                        .map(info -> info.getVersion().getVersion())
                        .toList());
        assertThat(history)
                .extracting(row -> row.get("description", String.class))
                .containsExactlyElementsOf(
                        migrations.stream().map(MigrationInfo::getDescription).toList());
        assertThat(history)
                .allSatisfy(row -> assertThat(row.get("installed_on", OffsetDateTime.class))
                        .as("installed_on of version %s", row.get("version"))
                        .isNotNull()
                        .isBefore(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1)));
    }

    @Test
    void everyMigrationSucceeded() {
        assertThat(flyway.info().applied()).isNotEmpty().allSatisfy(info -> {
            assertThat(info.getState().isApplied())
                    .as("%s applied", info.getVersion())
                    .isTrue();
            assertThat(info.getState().isFailed())
                    .as("%s failed", info.getVersion())
                    .isFalse();
            assertThat(info.getInstalledOn())
                    .as("%s installed on", info.getVersion())
                    .isNotNull();
        });
    }
}
