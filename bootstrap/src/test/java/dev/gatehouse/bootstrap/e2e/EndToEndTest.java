package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.testing.TestDatabase;
import dev.gatehouse.bootstrap.GatehouseApplication;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on a random port against a real PostgreSQL database of its own (a new one per
 * test class), driven over real HTTP as a client would. A bootstrap admin is configured.
 */
@SpringBootTest(
        classes = GatehouseApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.bootstrap.admin.email=" + EndToEndTest.ADMIN_EMAIL,
            "app.bootstrap.admin.password=" + EndToEndTest.ADMIN_PASSWORD,
            "app.auth.issuer=" + EndToEndTest.ISSUER,
            "app.auth.audience=" + EndToEndTest.AUDIENCE,
            // Low cost keeps the suite quick; production defaults to 10.
            "app.auth.bcrypt-cost=4",
            // Every test talks from 127.0.0.1; RateLimitE2ETest switches the limiter back on.
            "app.rate-limit.enabled=false"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class EndToEndTest {
    static final String ADMIN_EMAIL = "root@example.com";
    static final String ADMIN_PASSWORD = "bootstrap admin secret";
    static final String ISSUER = "https://gatehouse.test";
    static final String AUDIENCE = "gatehouse-e2e";
    static final String PASSWORD = "correct horse battery";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** By server port and email: accounts enrolled in MFA, and the session their client holds. */
    private static final Map<String, Authenticator> AUTHENTICATORS = new ConcurrentHashMap<>();

    private static final Map<String, String> REFRESH_TOKENS = new ConcurrentHashMap<>();

    @Autowired
    private Environment environment;

    protected HttpApi api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerNew(registry);
    }

    @BeforeEach
    void connect() {
        api = new HttpApi(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** Registers an account and returns its id. */
    String register(String email) {
        HttpApi.Response response =
                api.post("/api/v1/auth/register", HttpApi.body("email", email, "password", PASSWORD), null);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    String logIn(String email, String password) {
        HttpApi.Response response =
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", password), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("access_token").asString();
    }

    /** Logs in and returns the whole token response. */
    JsonNode logInForTokens(String email, String password) {
        HttpApi.Response response =
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", password), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    HttpApi.Response refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", HttpApi.body("refresh_token", refreshToken), null);
    }

    /** Sends the requests at once, each from its own thread, and answers their responses in order. */
    static List<HttpApi.Response> inParallel(List<Callable<HttpApi.Response>> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpApi.Response>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(requests.size())) {
            for (Callable<HttpApi.Response> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<HttpApi.Response> responses = new ArrayList<>();
            for (Future<HttpApi.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }

    static void sleep(java.time.Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Repeats {@code assertion} until it passes or {@code within} has gone by (then its last
     * failure is thrown); returns how long it took.
     */
    static java.time.Duration eventually(java.time.Duration within, Runnable assertion) {
        long start = System.nanoTime();
        try {
            Awaitility.await()
                    .atMost(within)
                    .pollDelay(java.time.Duration.ZERO)
                    .pollInterval(java.time.Duration.ofMillis(100))
                    .pollInSameThread()
                    .untilAsserted(assertion::run);
        } catch (ConditionTimeoutException timedOut) {
            if (timedOut.getCause() instanceof AssertionError lastFailure) {
                throw lastFailure;
            }
            throw timedOut;
        }
        return java.time.Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * An aal2 access token of the bootstrap admin, as its client gets one: the first time on a
     * server, the admin signs in with the password, enrols in TOTP over the API (the policy lets an
     * aal1 admin do only that) and signs in again with two steps; later, the client refreshes the
     * session it holds (a refresh keeps aal2), and signs in with two steps again when the session
     * has ended.
     */
    String adminToken() {
        return signInWithMfa(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** As {@link #adminToken()}, for any account: enrols it in MFA first if it is not yet. */
    String signInWithMfa(String email, String password) {
        String key = serverKey() + email;
        String refreshToken = REFRESH_TOKENS.remove(key);
        if (refreshToken != null) {
            HttpApi.Response refreshed = refresh(refreshToken);
            if (refreshed.status() == 200) {
                return keep(key, refreshed.json());
            }
        }
        HttpApi.Response login =
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", password), null);
        if (login.status() == 200) {
            AUTHENTICATORS.put(
                    key,
                    Authenticator.enrol(api, login.json().path("access_token").asString(), password));
            login = api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", password), null);
        }
        assertThat(login.status()).as(login.body()).isEqualTo(401);
        assertThat(login.problemSlug()).isEqualTo("mfa-required");
        HttpApi.Response secondStep = authenticatorOf(email)
                .secondStep(api, login.json().path("mfaToken").asString());
        assertThat(secondStep.status()).as(secondStep.body()).isEqualTo(200);
        return keep(key, secondStep.json());
    }

    /**
     * Another instance of the service on this class's database, as behind a load balancer (a
     * restart looks the same), with the test's issuer, audience and bcrypt cost, plus
     * {@code settings} ({@code --name=value}). The caller closes it.
     */
    ConfigurableApplicationContext startAnotherInstance(String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--app.auth.issuer=" + ISSUER,
                "--app.auth.audience=" + AUDIENCE,
                "--app.auth.bcrypt-cost=4"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(GatehouseApplication.class).run(arguments.toArray(String[]::new));
    }

    /** A client of {@code instance}. */
    static HttpApi clientOf(ConfigurableApplicationContext instance) {
        return new HttpApi(instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    /** Tells this class's server from every other, also one that reuses a port. */
    private String serverKey() {
        return System.identityHashCode(environment) + " " + environment.getProperty("local.server.port") + " ";
    }

    /** A new ADMIN, created by the enrolled bootstrap admin, that has not enrolled in MFA itself: its email. */
    String newAdminWithoutMfa() {
        String email = uniqueEmail("new-admin");
        HttpApi.Response created = api.post(
                "/api/v1/users",
                HttpApi.body("email", email, "password", PASSWORD, "roles", List.of("ADMIN")),
                adminToken());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return email;
    }

    /** The authenticator app of an account {@link #signInWithMfa} enrolled on this server. */
    Authenticator authenticatorOf(String email) {
        Authenticator app = AUTHENTICATORS.get(serverKey() + email);
        assertThat(app).as("%s was enrolled in MFA by this test class", email).isNotNull();
        return app;
    }

    private static String keep(String key, JsonNode tokens) {
        REFRESH_TOKENS.put(key, tokens.path("refresh_token").asString());
        return tokens.path("access_token").asString();
    }

    /** The bootstrap admin's id. */
    dev.gatehouse.domain.user.UserId adminId() {
        return new dev.gatehouse.domain.user.UserId(UUID.fromString(
                api.get("/api/v1/users/me", adminToken()).json().path("id").asString()));
    }

    /** A new USER account, logged in. */
    String userToken() {
        String email = uniqueEmail("user");
        register(email);
        return logIn(email, PASSWORD);
    }

    static JsonNode jwtPart(String jwt, int index) {
        String part = jwt.split("\\.")[index];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }

    static void assertProblem(HttpApi.Response response, int status, String slug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.has("detail")).isTrue();
        assertThat(response.problemSlug()).isEqualTo(slug);
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at dev.gatehouse")
                .doesNotContain("$2a$")
                .doesNotContain(PASSWORD);
    }
}
