package dev.gatehouse.archfixture.domain.port.in;

public interface FixtureUseCase {
    String run();
}
