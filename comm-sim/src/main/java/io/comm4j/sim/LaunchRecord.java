package io.comm4j.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The sim's payload in the rendezvous store's root record: which segment the current launch at a
 * rootinfo path lives in. The store stamps it with rank 0's run token (the launch token, also in the
 * segment name and header) and process.
 *
 * <pre>
 * offset  size  field
 * ------  ----  ------------------------------------------------------------
 *      0     8  magic "C4JSIMRV" (little-endian long)
 *      8     4  nranks of the group
 *     12     4  reserved, 0
 *     16    32  segment name, ASCII, NUL-padded (at most 31 characters, comm4j's prefix)
 *     48        end
 * </pre>
 *
 * @param nranks      the group size chosen by rank 0
 * @param segmentName the shm name of the launch's segment
 */
record LaunchRecord(int nranks, String segmentName) {
    /** "C4JSIMRV" as a little-endian long. */
    static final long MAGIC = 0x5652_4D49_534A_3443L;
    static final int BYTES = 48;
    private static final int NAME_OFFSET = 16;
    private static final int NAME_BYTES = 32;

    byte[] encode() {
        final byte[] name = segmentName.getBytes(StandardCharsets.US_ASCII);
        if (name.length >= NAME_BYTES) {
            throw new IllegalArgumentException("segment name too long for the launch record: " + segmentName);
        }
        return ByteBuffer.allocate(BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(MAGIC).putInt(nranks).putInt(0)
            .put(name).array();
    }

    /** The record in {@code payload}; empty when it is not one, or names a segment without comm4j's prefix. */
    static Optional<LaunchRecord> decode(final byte[] payload) {
        if (payload.length != BYTES) {
            return Optional.empty();
        }
        final ByteBuffer b = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getLong(0) != MAGIC) {
            return Optional.empty();
        }
        int end = NAME_OFFSET;
        while (end < BYTES && payload[end] != 0) {
            end++;
        }
        final String name = new String(payload, NAME_OFFSET, end - NAME_OFFSET, StandardCharsets.US_ASCII);
        // A record naming any other segment is not ours to open or unlink.
        if (end == BYTES || !SegmentName.isComm4j(name)) {
            return Optional.empty();
        }
        return Optional.of(new LaunchRecord(b.getInt(8), name));
    }
}
