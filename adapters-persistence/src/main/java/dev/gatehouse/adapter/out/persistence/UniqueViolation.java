package dev.gatehouse.adapter.out.persistence;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Recognises PostgreSQL's unique_violation (SQLState 23505) on one named constraint. The driver's
 * exception is looked for anywhere in the cause chain because it arrives wrapped: in Spring's
 * DuplicateKeyException when Boot's exception translator is installed, in jOOQ's
 * IntegrityConstraintViolationException otherwise.
 */
final class UniqueViolation {
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {}

    static boolean isOn(String constraintName, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException driverFailure) {
                ServerErrorMessage detail = driverFailure.getServerErrorMessage();
                return UNIQUE_VIOLATION.equals(driverFailure.getSQLState())
                        && detail != null
                        && constraintName.equals(detail.getConstraint());
            }
        }
        return false;
    }
}
