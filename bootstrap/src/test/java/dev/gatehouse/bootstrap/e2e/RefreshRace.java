package dev.gatehouse.bootstrap.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A new account's first refresh token, presented by several clients at the same moment. */
final class RefreshRace {
    private RefreshRace() {}

    static List<HttpApi.Response> run(EndToEndTest test, int racers) throws Exception {
        String email = EndToEndTest.uniqueEmail("race");
        test.register(email);
        String token = test.logInForTokens(email, EndToEndTest.PASSWORD)
                .path("refresh_token")
                .asString();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpApi.Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit((Callable<HttpApi.Response>) () -> {
                    start.await();
                    return test.refresh(token);
                }));
            }
            start.countDown();
            List<HttpApi.Response> responses = new ArrayList<>();
            for (Future<HttpApi.Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        }
    }
}
