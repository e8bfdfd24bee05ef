/**
 * The account lockout, shared by everything that checks a password (login in {@code auth}, the
 * current password of a password change in {@code user}); a package of its own so that neither of
 * those depends on the other.
 */
package dev.gatehouse.application.lockout;
