package dev.gatehouse.adapter.in.rest.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * JSON values that no field of a request body may answer with a 5xx (contract: "no input, however
 * malformed, gets a 5xx"), and bodies that carry one of them in place of one valid field.
 */
public final class HostileJson {
    /** Raw JSON, as it goes into the body: every type but the string, and strings no field should take. */
    public static final List<String> VALUES = List.of(
            "null",
            "0",
            "-1",
            "1e999",
            "123456789012345678901234567890",
            "true",
            "[]",
            "[\"a\"]",
            "{}",
            "{\"a\":1}",
            "\"\"",
            "\" \"",
            "\"\\u0000\"",
            "\"a\\u0000b\"",
            "\"\\u0007\\u001b\\u007f\\u0085\"",
            "\"\\u2028\\u2029\"",
            "\"\\u00a0\"",
            "\"\\ud800\"",
            "\"a\\udfffb\"",
            "\"\\ufffd\"",
            "\"../../etc/passwd\"",
            "\"<script>alert(1)</script>\"",
            "\"" + "a".repeat(100_000) + "\"");

    private HostileJson() {}

    /**
     * Each field of {@code validFields} (name to raw JSON) in turn set to each hostile value, the
     * others left valid: arguments {@code (field, value, body)}.
     */
    public static Stream<List<String>> bodies(Map<String, String> validFields) {
        return validFields.keySet().stream()
                .flatMap(field -> VALUES.stream().map(value -> List.of(field, value, with(validFields, field, value))));
    }

    /** The valid body with one field's raw JSON replaced. */
    public static String with(Map<String, String> validFields, String field, String rawJson) {
        Map<String, String> fields = new LinkedHashMap<>(validFields);
        fields.put(field, rawJson);
        return json(fields);
    }

    /** A JSON object of these fields, each value raw JSON. */
    public static String json(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
