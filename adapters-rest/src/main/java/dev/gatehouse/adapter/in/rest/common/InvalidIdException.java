package dev.gatehouse.adapter.in.rest.common;

/** A path id that is not a UUID (answered as 400 invalid-id). */
public class InvalidIdException extends RuntimeException {
    public InvalidIdException() {
        super("Path id is not a UUID");
    }
}
