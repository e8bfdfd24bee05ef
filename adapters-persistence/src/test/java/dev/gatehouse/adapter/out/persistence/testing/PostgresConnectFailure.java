package dev.gatehouse.adapter.out.persistence.testing;

import java.sql.SQLException;

/**
 * Why the test support could not use a PostgreSQL server, told from the SQLSTATE the driver
 * reports, so that the message names the real cause rather than a list of guesses.
 */
enum PostgresConnectFailure {
    UNREACHABLE(
            "the server is unreachable", "nothing answers there: is PostgreSQL running, and are host and port right?"),
    AUTHENTICATION(
            "authentication failed",
            "wrong password, unknown role, or pg_hba.conf does not let this user in from here; set "
                    + PostgresServers.USERNAME_VARIABLE + " and " + PostgresServers.PASSWORD_VARIABLE + "."),
    NO_PERMISSION_TO_CREATE_DATABASES(
            "the user may not create databases",
            "give it the right (as a superuser: ALTER ROLE <user> CREATEDB) or name a user that has it."),
    MISSING_DATABASE(
            "the database does not exist",
            "neither the database the URL names nor the maintenance database " + PostgresServer.MAINTENANCE_DATABASE
                    + " exists on that server; name one that does."),
    OTHER("the server refused", "see its answer below.");

    private final String label;
    private final String advice;

    PostgresConnectFailure(String label, String advice) {
        this.label = label;
        this.advice = advice;
    }

    /** The cause of a failed connection or CREATE DATABASE, by the failure's SQLSTATE. */
    static PostgresConnectFailure of(SQLException failure) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        return switch (state) {
            // 08004 is the driver's own "the server requested password-based authentication, but
            // no password was provided"; 28000 and 28P01 are the server's refusals.
            case "08004", "28000", "28P01" -> AUTHENTICATION;
            case "42501" -> NO_PERMISSION_TO_CREATE_DATABASES;
            case "3D000" -> MISSING_DATABASE;
            default -> state.startsWith("08") ? UNREACHABLE : OTHER;
        };
    }

    /** A message that says what failed, where, as whom, and why. */
    static String describe(String action, PostgresServer server, SQLException failure) {
        PostgresConnectFailure cause = of(failure);
        return "Could not " + action + " on " + server.url() + " as " + server.username() + ": " + cause.label
                + " - " + cause.advice + "\nThe server answered: " + failure.getMessage() + " (SQLSTATE "
                + failure.getSQLState() + ")";
    }
}
