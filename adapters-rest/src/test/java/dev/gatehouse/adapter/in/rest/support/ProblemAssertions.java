package dev.gatehouse.adapter.in.rest.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** What every problem answer must look like, whatever went wrong. */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    public static ResultMatcher problem(int status, String slug) {
        return all(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").value("https://gatehouse.dev/problems/" + slug),
                jsonPath("$.title").isString(),
                jsonPath("$.status").value(status),
                jsonPath("$.detail").isString(),
                // No Java class names, stack frames or SQL, whatever the cause.
                content().string(Matchers.not(Matchers.containsString("Exception"))),
                content().string(Matchers.not(Matchers.containsString("java."))),
                content().string(Matchers.not(Matchers.containsString("tools.jackson"))),
                content().string(Matchers.not(Matchers.containsString("dev.gatehouse"))),
                content().string(Matchers.not(Matchers.containsString("\tat "))));
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
