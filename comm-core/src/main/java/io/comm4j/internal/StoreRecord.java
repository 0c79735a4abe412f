package io.comm4j.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * One value in a {@link RendezvousStore}, stamped with who wrote it. The store's own framing, the
 * same over every transport:
 *
 * <pre>
 * offset  size  field
 * ------  ----  ------------------------------------------------------------
 *      0     8  magic "C4JSTORE" (little-endian long)
 *      8     4  version (1)
 *     12     4  payload length n (at most {@value #MAX_PAYLOAD})
 *     16     8  run token of the writer
 *     24     8  writer pid
 *     32     8  writer start time (opaque; with the pid, the process's identity)
 *     40     n  payload (the backend's bytes)
 * </pre>
 *
 * @param writer  who wrote it
 * @param payload the backend's bytes
 */
public record StoreRecord(Writer writer, byte[] payload) {
    /** "C4JSTORE" as a little-endian long. */
    public static final long MAGIC = 0x4552_4F54_534A_3443L;
    public static final int VERSION = 1;
    public static final int HEADER_BYTES = 40;
    /** Larger than any record a backend writes (HCCL root info: 4108 bytes); bounds every read. */
    public static final int MAX_PAYLOAD = 64 * 1024;

    /**
     * The run and process a record belongs to.
     *
     * @param token     the run's token (never 0 for a writer; 0 means "reads only")
     * @param pid       the writing process
     * @param startTime its start time, opaque (0 when unknown)
     */
    public record Writer(long token, long pid, long startTime) {
    }

    public StoreRecord {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a store record holds at most " + MAX_PAYLOAD + " bytes, got "
                + payload.length);
        }
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The framed bytes. */
    public byte[] encode() {
        return ByteBuffer.allocate(HEADER_BYTES + payload.length).order(ByteOrder.LITTLE_ENDIAN)
            .putLong(MAGIC).putInt(VERSION).putInt(payload.length).putLong(writer.token()).putLong(writer.pid())
            .putLong(writer.startTime()).put(payload).array();
    }

    /** The payload length a header announces, or -1 when {@code header} is no record header. */
    static int payloadLength(final byte[] header) {
        if (header.length < HEADER_BYTES) {
            return -1;
        }
        final ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        final int n = b.getInt(12);
        return b.getLong(0) == MAGIC && b.getInt(8) == VERSION && n >= 0 && n <= MAX_PAYLOAD ? n : -1;
    }

    /** Decodes framed bytes; empty when they are not exactly one record. */
    public static Optional<StoreRecord> decode(final byte[] bytes) {
        final int n = payloadLength(bytes);
        if (n < 0 || bytes.length != HEADER_BYTES + n) {
            return Optional.empty();
        }
        final ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        final byte[] payload = new byte[n];
        b.get(HEADER_BYTES, payload);
        return Optional.of(new StoreRecord(new Writer(b.getLong(16), b.getLong(24), b.getLong(32)), payload));
    }
}
