package dev.gatehouse.archfixture.application;

/** Violates rule 1b: the application uses jOOQ. */
public class JooqAwareService {
    public String render(org.jooq.DSLContext dsl) {
        return dsl.toString();
    }
}
