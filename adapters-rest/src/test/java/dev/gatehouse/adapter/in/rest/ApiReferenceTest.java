package dev.gatehouse.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API reference in the repository ({@code docs/api.md}) and the OpenAPI document the service
 * publishes name the same endpoints: one {@code ### METHOD /path} heading per operation. The same
 * context as {@link OpenApiDocumentTest}, so Spring builds it once for both.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiReferenceTest {
    private static final Path API_REFERENCE = Path.of("..", "docs", "api.md");
    private static final Pattern ENDPOINT_HEADING = Pattern.compile("^### (GET|POST|PUT|PATCH|DELETE) (/\\S*)$");

    @Autowired
    MockMvc mvc;

    @Test
    void describesExactlyTheEndpointsOfThePublishedDocument() throws Exception {
        Set<String> published = publishedOperations();
        Set<String> described = describedOperations();

        assertThat(published).as("operations in /v3/api-docs").isNotEmpty();
        assertThat(difference(published, described))
                .as("published in /v3/api-docs but without a heading in docs/api.md")
                .isEmpty();
        assertThat(difference(described, published))
                .as("described in docs/api.md but not published in /v3/api-docs")
                .isEmpty();
    }

    private Set<String> publishedOperations() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonNode paths = JsonMapper.builder().build().readTree(body).get("paths");
        Set<String> operations = new TreeSet<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        return operations;
    }

    private static Set<String> describedOperations() throws IOException {
        Set<String> operations = new TreeSet<>();
        for (String line : Files.readAllLines(API_REFERENCE, StandardCharsets.UTF_8)) {
            Matcher heading = ENDPOINT_HEADING.matcher(line);
            if (heading.matches()) {
                assertThat(operations.add(heading.group(1) + " " + heading.group(2)))
                        .as("described once: " + line)
                        .isTrue();
            }
        }
        return operations;
    }

    private static Set<String> difference(Set<String> all, Set<String> without) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(without);
        return rest;
    }
}
