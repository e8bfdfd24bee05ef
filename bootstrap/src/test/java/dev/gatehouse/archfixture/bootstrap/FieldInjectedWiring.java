package dev.gatehouse.archfixture.bootstrap;

import dev.gatehouse.archfixture.application.FixtureService;
import org.springframework.beans.factory.annotation.Autowired;

/** Violates rule 7b: field injection. */
public class FieldInjectedWiring {
    @Autowired
    private FixtureService service;

    public FixtureService service() {
        return service;
    }
}
