package dev.gatehouse.adapter.in.rest.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** What every problem answer must look like, whatever went wrong. */
public final class ProblemAssertions {

    private static final Pattern PROBLEM_TYPE =
            Pattern.compile("\"type\":\"https://gatehouse\\.dev/problems/([a-z-]+)\"");

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

    /** Whatever the input: never a 5xx, and any refusal a problem (the use case may take what the adapter passes on). */
    public static ResultMatcher noServerError() {
        return result -> {
            int status = result.getResponse().getStatus();
            if (status >= 500) {
                throw new AssertionError("A server error, " + status + ": "
                        + result.getResponse().getContentAsString());
            }
            if (status >= 400) {
                problem(status, slugOf(result.getResponse().getContentAsString()))
                        .match(result);
            }
        };
    }

    private static String slugOf(String problemBody) {
        Matcher type = PROBLEM_TYPE.matcher(problemBody);
        if (!type.find()) {
            throw new AssertionError("Not a problem of ours: " + problemBody);
        }
        return type.group(1);
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
