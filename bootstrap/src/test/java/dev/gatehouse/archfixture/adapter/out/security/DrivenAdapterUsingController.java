package dev.gatehouse.archfixture.adapter.out.security;

import dev.gatehouse.archfixture.adapter.in.rest.FixtureController;

/**
 * Violates rule 4 the other way round (a driven adapter uses a driving adapter), and rule 2 (the
 * security adapter uses another adapter module).
 */
public class DrivenAdapterUsingController {
    public String get(FixtureController controller) {
        return controller.get();
    }
}
