package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * What a rank publishes about its window through the rendezvous before any peer imports it
 * (hardware-lessons section 4 step 7). Little-endian, {@value #BYTES} bytes:
 * <pre>
 * offset  bytes  field
 * ------  -----  ---------------------------------------------------------------
 *      0      4  magic 0x57344a43 ("CJ4W")
 *      4      2  version, {@value #VERSION}
 *      6      2  provider: 1 vmm (uint64 shareable handle), 2 fabric (aclrtMemFabricHandle)
 *      8      4  rank
 *     12      4  device: the rank's logical device id (what peer access is enabled for)
 *     16      8  pid of the rank's process
 *     24      8  mapped size in bytes (every rank's must agree)
 *     32    128  handle: vmm = the uint64 at offset 32, the rest 0; fabric = the 128 bytes
 * </pre>
 *
 * @param kind   1 (vmm) or 2 (fabric)
 * @param rank   the publishing rank
 * @param device its logical device id
 * @param pid    its process id
 * @param size   its mapped window size
 * @param handle {@value #HANDLE_BYTES} bytes of shareable handle
 */
record WindowAnnounce(int kind, int rank, int device, long pid, long size, byte[] handle) {
    static final int MAGIC = 0x57344a43;
    static final int VERSION = 1;
    static final int KIND_VMM = 1;
    static final int KIND_FABRIC = 2;
    static final int HANDLE_BYTES = 128;
    static final int BYTES = 32 + HANDLE_BYTES;

    WindowAnnounce {
        if (handle.length != HANDLE_BYTES) {
            throw new IllegalArgumentException("handle is " + handle.length + " bytes, not " + HANDLE_BYTES);
        }
        handle = handle.clone();
    }

    /** The record's bytes. */
    byte[] encode() {
        return ByteBuffer.allocate(BYTES).order(ByteOrder.LITTLE_ENDIAN).putInt(MAGIC).putShort((short) VERSION)
            .putShort((short) kind).putInt(rank).putInt(device).putLong(pid).putLong(size).put(handle).array();
    }

    /** The vmm shareable handle: the first 8 handle bytes. */
    long shareable() {
        return ByteBuffer.wrap(handle).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    }

    /** The handle bytes (a copy). */
    @Override
    public byte[] handle() {
        return handle.clone();
    }

    static byte[] vmmHandle(final long shareable) {
        return ByteBuffer.allocate(HANDLE_BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(0, shareable).array();
    }

    static String kindName(final int kind) {
        return switch (kind) {
            case KIND_VMM -> "vmm";
            case KIND_FABRIC -> "fabric";
            default -> "provider " + kind;
        };
    }

    /**
     * Reads rank {@code r}'s record.
     *
     * @throws CommException at {@link Stage#ALLOC} for a record of the wrong length, magic, version
     *                       or rank, naming rank {@code r}
     */
    static WindowAnnounce decode(final byte[] bytes, final int r) {
        if (bytes.length != BYTES) {
            throw bad(r, "is " + bytes.length + " bytes, expected " + BYTES);
        }
        final ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        final int magic = b.getInt();
        final int version = b.getShort();
        if (magic != MAGIC || version != VERSION) {
            throw bad(r, "has magic 0x" + Integer.toHexString(magic) + " version " + version + ", expected 0x"
                + Integer.toHexString(MAGIC) + " version " + VERSION + " (a comm4j of another version?)");
        }
        final int kind = b.getShort();
        final int rank = b.getInt();
        final int device = b.getInt();
        final long pid = b.getLong();
        final long size = b.getLong();
        final byte[] handle = Arrays.copyOfRange(bytes, 32, BYTES);
        if (rank != r) {
            throw bad(r, "says it is rank " + rank);
        }
        return new WindowAnnounce(kind, rank, device, pid, size, handle);
    }

    private static CommException bad(final int r, final String why) {
        return new CommException(Stage.ALLOC, HcclBackend.NAME, "rank " + r + "'s window announcement " + why);
    }
}
