package dev.gatehouse.domain.user;

/** What an account may do. Every account has USER; ADMIN manages accounts. */
public enum Role {
    USER,
    ADMIN
}
