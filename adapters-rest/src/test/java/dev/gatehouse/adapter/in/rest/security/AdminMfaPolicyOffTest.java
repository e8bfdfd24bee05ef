package dev.gatehouse.adapter.in.rest.security;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdminWithoutMfa;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.domain.user.UserId;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** With MFA not required for admins, an ADMIN's password-only token is enough, as before the policy. */
@WebMvcTest(properties = "app.auth.mfa.required-for-admins=false")
@Import(AdminEndpoints.Fixtures.class)
class AdminMfaPolicyOffTest extends SliceTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.gatehouse.adapter.in.rest.security.AdminEndpoints#all")
    void anAdminWithoutASecondFactorIsServed(String endpoint, Supplier<MockHttpServletRequestBuilder> request)
            throws Exception {
        mvc.perform(request.get().with(asAdminWithoutMfa(UserId.newId()))).andExpect(status().is2xxSuccessful());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.gatehouse.adapter.in.rest.security.AdminEndpoints#all")
    void anyOtherAccountStillGets403(String endpoint, Supplier<MockHttpServletRequestBuilder> request)
            throws Exception {
        mvc.perform(request.get().with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
    }
}
