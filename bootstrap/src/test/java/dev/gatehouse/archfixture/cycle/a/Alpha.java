package dev.gatehouse.archfixture.cycle.a;

import dev.gatehouse.archfixture.cycle.b.Beta;

/** Violates rule 7a with Beta: a package cycle. */
public class Alpha {
    public Beta beta() {
        return new Beta();
    }
}
