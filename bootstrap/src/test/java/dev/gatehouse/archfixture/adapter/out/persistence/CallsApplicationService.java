package dev.gatehouse.archfixture.adapter.out.persistence;

import dev.gatehouse.archfixture.application.FixtureService;

/** Violates rule 2: an adapter reaches an application service. */
public class CallsApplicationService {
    public String call(FixtureService service) {
        return service.run();
    }
}
