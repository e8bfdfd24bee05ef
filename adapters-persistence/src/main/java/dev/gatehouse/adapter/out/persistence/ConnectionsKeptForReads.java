package dev.gatehouse.adapter.out.persistence;

/**
 * How many of the connection pool's connections units of work leave to the reads that run outside
 * them (token checks, profiles, key lookups): units of work hold at most the pool's size less this
 * many connections at once (see {@link TransactionTemplateUnitOfWork}). Bootstrap provides it from
 * configuration; without it, units of work may take the whole pool.
 */
public record ConnectionsKeptForReads(int count) {
    public ConnectionsKeptForReads {
        if (count < 0) {
            throw new IllegalArgumentException("the connections kept for reads cannot be negative, was " + count);
        }
    }
}
