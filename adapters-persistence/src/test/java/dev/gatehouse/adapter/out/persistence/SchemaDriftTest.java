package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drift check must be able to fail, or its green result means nothing. */
class SchemaDriftTest {
    private static final Map<String, Map<String, Boolean>> SCHEMA = Map.of(
            "users", Map.of("id", false, "display_name", true),
            "user_roles", Map.of("user_id", false));

    @Test
    void findsNothingBetweenEqualSchemas() {
        assertThat(SchemaDrift.differences(SCHEMA, SCHEMA)).isEmpty();
    }

    @Test
    void namesMissingAndExtraTables() {
        Map<String, Map<String, Boolean>> migrated = Map.of(
                "users", SCHEMA.get("users"),
                "audit_log", Map.of("id", false));

        assertThat(SchemaDrift.differences(SCHEMA, migrated))
                .containsExactly(
                        "table audit_log is in the migrated database but not in the generated code",
                        "table user_roles is in the generated code but not in the migrated database");
    }

    @Test
    void namesMissingExtraAndChangedColumns() {
        Map<String, Map<String, Boolean>> migrated = Map.of(
                "users", Map.of("id", false, "display_name", false, "locale", true),
                "user_roles", Map.of());

        assertThat(SchemaDrift.differences(SCHEMA, migrated))
                .containsExactly(
                        "column user_roles.user_id is in the generated code but not in the migrated database",
                        "column users.display_name is NULL in the generated code but NOT NULL in the migrated database",
                        "column users.locale is in the migrated database but not in the generated code");
    }
}
