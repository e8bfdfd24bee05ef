package dev.gatehouse.archfixture.cycle.b;

import dev.gatehouse.archfixture.cycle.a.Alpha;

public class Beta {
    public Alpha alpha() {
        return new Alpha();
    }
}
