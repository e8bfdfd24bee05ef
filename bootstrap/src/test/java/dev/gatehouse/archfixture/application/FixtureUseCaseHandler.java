package dev.gatehouse.archfixture.application;

import dev.gatehouse.archfixture.domain.port.in.FixtureUseCase;

/** Violates rule 5b: a driving port implemented by a class not named ...Service. */
public class FixtureUseCaseHandler implements FixtureUseCase {
    @Override
    public String run() {
        return "";
    }
}
