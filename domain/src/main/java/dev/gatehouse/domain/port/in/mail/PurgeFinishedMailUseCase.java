package dev.gatehouse.domain.port.in.mail;

/** Deletes the outbox's record of mail delivered or given up long enough ago. Safe on every instance at once. */
public interface PurgeFinishedMailUseCase {
    /** @return how many outbox entries were deleted */
    int purgeFinishedMail();
}
