package dev.gatehouse.adapter.in.rest.problem;

/**
 * The servlet container refuses some requests by itself, before any servlet sees them, and says so
 * with a 5xx: 501 for a method it does not implement ({@code CONNECT}) or a transfer coding it does
 * not know ({@code Transfer-Encoding: gzip}), 505 for an HTTP version it does not speak. The
 * contract gives no input a 5xx, and nothing failed on our side, so these are 400s.
 */
final class ContainerRefusals {
    private ContainerRefusals() {}

    /** The status to answer with for a status the container chose. */
    static int clientFacingStatus(int containerStatus) {
        return containerStatus == 501 || containerStatus == 505 ? 400 : containerStatus;
    }
}
