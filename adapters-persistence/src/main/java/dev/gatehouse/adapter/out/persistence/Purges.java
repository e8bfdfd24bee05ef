package dev.gatehouse.adapter.out.persistence;

import java.util.function.IntSupplier;

/** Runs a bounded DELETE until it deletes less than a full batch. */
final class Purges {
    private Purges() {}

    /**
     * @param batch    the most rows one run of {@code deleteBatch} deletes
     * @return how many rows all runs deleted
     */
    static int inBatches(int batch, IntSupplier deleteBatch) {
        int total = 0;
        int deleted;
        do {
            deleted = deleteBatch.getAsInt();
            total += deleted;
        } while (deleted >= batch);
        return total;
    }
}
