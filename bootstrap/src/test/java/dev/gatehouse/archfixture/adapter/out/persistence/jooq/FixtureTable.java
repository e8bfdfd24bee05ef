package dev.gatehouse.archfixture.adapter.out.persistence.jooq;

public class FixtureTable {
    public static final String NAME = new String("fixture");
}
