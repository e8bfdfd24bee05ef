package dev.gatehouse.archfixture.domain.port.out;

public interface FixtureRepository {
    String load();
}
