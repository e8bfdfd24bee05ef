package dev.gatehouse.adapter.in.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract promises type, title, status and detail in every problem; the OpenAPI document says so too. */
class ProblemTest {

    @Test
    void aDetailNobodyWroteFallsBackToTheTypesOwn() {
        ProblemType type = ProblemType.MALFORMED_REQUEST;

        assertThat(Problem.of(type, null, "/x").detail()).isEqualTo(type.genericDetail());
        assertThat(Problem.of(type, " ", "/x").detail()).isEqualTo(type.genericDetail());
    }

    @Test
    void aWrittenDetailIsKept() {
        Problem problem = Problem.of(ProblemType.MALFORMED_REQUEST, "Body is not JSON", "/x");

        assertThat(problem.detail()).isEqualTo("Body is not JSON");
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST.uri().toString());
        assertThat(problem.title()).isEqualTo(ProblemType.MALFORMED_REQUEST.title());
        assertThat(problem.status()).isEqualTo(400);
    }
}
