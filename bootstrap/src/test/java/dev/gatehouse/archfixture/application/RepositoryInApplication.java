package dev.gatehouse.archfixture.application;

import dev.gatehouse.archfixture.domain.port.out.FixtureRepository;

/** Violates rule 5a: a driven port implemented outside adapter.out. */
public class RepositoryInApplication implements FixtureRepository {
    @Override
    public String load() {
        return "";
    }
}
