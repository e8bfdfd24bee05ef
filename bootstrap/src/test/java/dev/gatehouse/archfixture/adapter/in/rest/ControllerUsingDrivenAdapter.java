package dev.gatehouse.archfixture.adapter.in.rest;

import dev.gatehouse.archfixture.adapter.out.security.FixtureHasher;

/** Violates rule 4: a driving adapter uses a driven adapter directly. */
public class ControllerUsingDrivenAdapter {
    public String get(FixtureHasher hasher) {
        return hasher.hash("x");
    }
}
