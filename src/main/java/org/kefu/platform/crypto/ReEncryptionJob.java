package org.kefu.platform.crypto;

import java.time.OffsetDateTime;

/** One run that moves encrypted values to the active key, with its progress. */
public record ReEncryptionJob(long id, String targetKeyId, Status status, int batchSize, String reason,
                              String requestedBy, long valuesSeen, long valuesRewritten, String failure,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime finishedAt) {

    public enum Status { RUNNING, COMPLETED, FAILED, INTERRUPTED }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
