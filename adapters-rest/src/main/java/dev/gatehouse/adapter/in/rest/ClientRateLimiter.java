package dev.gatehouse.adapter.in.rest;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Bucket4j token bucket per client address ({@linkplain ClientAddressKey IPv4 address or IPv6
 * /64}), kept in a map that cannot grow without bound.
 *
 * <p>A bucket left alone for a whole refill period is full again, exactly like a new one, so it is
 * dropped then: forgetting it changes no answer. The map is in access order, so the buckets idle
 * longest sit at its head and each request drops those that have expired, for amortised constant
 * work. On top of that the map holds at most {@code maxClients} addresses (the least recently seen
 * one goes first): under a flood from more addresses than that within one refill period, a dropped
 * address starts again with a full bucket, which costs precision but never memory.
 */
final class ClientRateLimiter {
    /** A few hundred bytes an address: some 20 MB at most. */
    static final int DEFAULT_MAX_CLIENTS = 50_000;

    /** Whether the request may go on, and if not, how long until a token is there. */
    record Decision(boolean allowed, Duration retryAfter) {}

    private final Bandwidth limit;
    private final TimeMeter clock;
    private final long idleNanos;
    private final Map<String, Tracked> buckets;

    ClientRateLimiter(RateLimitSettings settings) {
        this(settings, TimeMeter.SYSTEM_NANOTIME, DEFAULT_MAX_CLIENTS);
    }

    ClientRateLimiter(RateLimitSettings settings, TimeMeter clock, int maxClients) {
        this.limit = Bandwidth.builder()
                .capacity(settings.capacity())
                .refillGreedy(settings.capacity(), settings.refillPeriod())
                .build();
        this.clock = clock;
        this.idleNanos = settings.refillPeriod().toNanos();
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tracked> eldest) {
                return size() > maxClients;
            }
        };
    }

    Decision tryAcquire(String client) {
        Bucket bucket = bucketOf(ClientAddressKey.of(client));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? new Decision(true, Duration.ZERO)
                : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** How many addresses are tracked now. */
    synchronized int trackedClients() {
        dropIdle(clock.currentTimeNanos());
        return buckets.size();
    }

    private synchronized Bucket bucketOf(String client) {
        long now = clock.currentTimeNanos();
        dropIdle(now);
        Tracked tracked = buckets.get(client);
        if (tracked == null) {
            tracked = new Tracked(newBucket());
            buckets.put(client, tracked);
        }
        tracked.lastUsedNanos = now;
        return tracked.bucket;
    }

    private void dropIdle(long now) {
        Iterator<Tracked> idleFirst = buckets.values().iterator();
        while (idleFirst.hasNext()) {
            Tracked tracked = idleFirst.next();
            if (now - tracked.lastUsedNanos < idleNanos) {
                return;
            }
            idleFirst.remove();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit).withCustomTimePrecision(clock).build();
    }

    private static final class Tracked {
        private final Bucket bucket;
        private long lastUsedNanos;

        Tracked(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
