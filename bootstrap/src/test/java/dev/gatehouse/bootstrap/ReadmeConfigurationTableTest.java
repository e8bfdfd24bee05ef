package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.DurationStyle;

/**
 * The README's configuration table is what operators read; the {@code @DefaultValue}s of
 * {@link GatehouseProperties} are what runs. This keeps the two the same: every {@code APP_*} row
 * names a bound property and states the default it binds with no configuration at all, and every
 * property has a row.
 */
class ReadmeConfigurationTableTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final String UNSET = "unset";

    @Test
    void everyAppRowStatesTheDefaultThatIsBoundWithoutConfiguration() throws IOException {
        Map<String, Object> bound = boundWithoutConfiguration();
        Map<String, String> documented = documentedDefaults();

        assertThat(documented.keySet())
                .as("the README's APP_* variables are the properties GatehouseProperties binds")
                .containsExactlyInAnyOrderElementsOf(bound.keySet());
        List<String> differing = new ArrayList<>();
        documented.forEach((variable, readme) -> {
            Object actual = bound.get(variable);
            if (!sameDefault(readme, actual)) {
                differing.add(variable + ": README says " + readme + ", bound " + actual);
            }
        });
        assertThat(differing).as("defaults that differ").isEmpty();
    }

    private static boolean sameDefault(String readme, Object bound) {
        if (bound instanceof Collection<?> values && values.isEmpty()) {
            // An empty list is what an unset list property binds to: documented as "unset".
            return readme == null;
        }
        if (readme == null || bound == null) {
            return readme == null && bound == null;
        }
        if (bound instanceof Duration duration) {
            return DurationStyle.detectAndParse(readme).equals(duration);
        }
        return readme.equals(String.valueOf(bound));
    }

    /** {@code APP_AUTH_ISSUER} to the bound value, for every leaf of the properties record. */
    private static Map<String, Object> boundWithoutConfiguration() {
        GatehouseProperties properties =
                new Binder(new MapConfigurationPropertySource()).bindOrCreate("app", GatehouseProperties.class);
        Map<String, Object> leaves = new LinkedHashMap<>();
        collectLeaves("APP", properties, leaves);
        return leaves;
    }

    private static void collectLeaves(String prefix, Record record, Map<String, Object> leaves) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String variable = prefix + "_" + upperSnake(component.getName());
            Object value = valueOf(component, record);
            if (value instanceof Record nested) {
                collectLeaves(variable, nested, leaves);
            } else {
                leaves.put(variable, value);
            }
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String upperSnake(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** The rows of the table under "## Configuration" whose variables are Gatehouse's own. */
    private static Map<String, String> documentedDefaults() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int heading = lines.indexOf("## Configuration");
        assertThat(heading).as("README has a Configuration section").isNotNegative();
        Map<String, String> defaults = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.split("\\|");
            if (cells.length < 3 || !cells[1].contains("`APP_")) {
                continue;
            }
            List<String> variables = codeSpans(cells[1]);
            List<String> values = cells[2].trim().startsWith(UNSET) ? null : codeSpans(cells[2]);
            assertThat(values == null ? variables.size() : values.size())
                    .as("one default per variable in: " + line)
                    .isEqualTo(variables.size());
            for (int i = 0; i < variables.size(); i++) {
                assertThat(defaults).as("listed once").doesNotContainKey(variables.get(i));
                defaults.put(variables.get(i), values == null ? null : values.get(i));
            }
        }
        return defaults;
    }

    private static List<String> codeSpans(String cell) {
        List<String> spans = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            spans.add(Objects.requireNonNull(code.group(1)));
        }
        return spans;
    }
}
