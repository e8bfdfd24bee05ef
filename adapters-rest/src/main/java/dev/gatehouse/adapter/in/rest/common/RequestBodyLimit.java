package dev.gatehouse.adapter.in.rest.common;

/**
 * The largest request body the API reads: the filter that enforces it, the 413 problem and the API
 * document all say it from here.
 */
public final class RequestBodyLimit {
    private static final int MEBIBYTES = 1;

    public static final long BYTES = MEBIBYTES * 1024L * 1024L;
    /** The limit as clients read it. */
    public static final String TEXT = MEBIBYTES + " MiB";

    private RequestBodyLimit() {}
}
