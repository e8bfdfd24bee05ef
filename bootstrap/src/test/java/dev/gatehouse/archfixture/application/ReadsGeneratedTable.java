package dev.gatehouse.archfixture.application;

import dev.gatehouse.archfixture.adapter.out.persistence.jooq.FixtureTable;

/** Violates rule 6: generated jOOQ code used outside the persistence adapter. */
public class ReadsGeneratedTable {
    public String table() {
        return FixtureTable.NAME;
    }
}
