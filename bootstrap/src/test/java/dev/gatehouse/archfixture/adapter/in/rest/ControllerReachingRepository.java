package dev.gatehouse.archfixture.adapter.in.rest;

import dev.gatehouse.archfixture.domain.port.out.FixtureRepository;

/** Violates rule 3: a controller reaches a repository. */
public class ControllerReachingRepository {
    public String get(FixtureRepository repository) {
        return repository.load();
    }
}
