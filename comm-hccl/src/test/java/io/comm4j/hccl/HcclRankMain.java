package io.comm4j.hccl;

import io.comm4j.CommBackend;
import io.comm4j.CommConfig;
import io.comm4j.CommContext;
import io.comm4j.CommException;
import io.comm4j.Communicator;
import io.comm4j.ContextInvariants;
import io.comm4j.Stage;
import io.comm4j.bindings.acl.acl_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;

/**
 * One rank of a two-process HCCL test, run in its own JVM by {@link FakeCannGroup}:
 * {@code <low|high> <rank> <nranks> <rootinfo path or tcp://HOST:PORT> <timeout ms> [device id|auto] [window hint]
 * [retry]} (device id defaults to the rank; {@code auto} passes none, so the backend chooses; the
 * hint defaults to 4096; {@code retry} first asks for a window larger than the fake's, expects that
 * to fail, then asks for the hint).
 *
 * <p>Runs the smoke sequence through the low level (this process owns ACL and the stream, as the C
 * contract's caller does) or the convenience level (the communicator owns them), checks the
 * context invariants, and on the fake CANN ({@code -Dcomm4j.test.fakeCann=true}) reads the first
 * word of every rank's window through the device-to-host copy (the fake marks each window with its
 * owner's rank). The alias check: each rank writes a word through its {@code windowsIn[next]}, and
 * after the barrier reads, in its own window, the word its previous rank wrote; it prints one
 * {@code KEY value} line per
 * fact for the parent test. Exits 0, or the failing stage's exit code after printing
 * {@code FAILED <stage> <code>}; anything other than a CommException/IllegalStateException is 99.
 */
public final class HcclRankMain {
    /** What the fake writes at the start of rank r's in-window: "WININ" + r. */
    static final long WINDOW_IN_MARK = 0x57494e494e000000L;
    /** What rank r writes through its windowsIn[(r + 1) % n]: "ALIAS" + r. */
    static final long ALIAS_MARK = 0x414c494153000000L;
    /** Where in the window the alias word goes (past the fake's owner mark). */
    static final long ALIAS_OFFSET = 64;
    /** A word no rank writes. */
    static final long UNTOUCHED_OFFSET = 256;

    private HcclRankMain() {
    }

    public static void main(final String[] args) {
        final boolean low = args[0].equals("low");
        final int rank = Integer.parseInt(args[1]);
        final int nranks = Integer.parseInt(args[2]);
        final CommConfig config = CommConfig.of(rank, nranks, io.comm4j.RendezvousAddress.of(args[3]))
            .withTimeout(Duration.ofMillis(Long.parseLong(args[4])));
        final boolean auto = args.length > 5 && args[5].equals("auto");
        final int device = args.length > 5 && !auto ? Integer.parseInt(args[5]) : rank;
        final long hint = args.length > 6 ? Long.parseLong(args[6]) : 4096;
        final boolean retry = args.length > 7 && args[7].equals("retry");
        int exit = 0;
        try {
            if (low) {
                try (AclRuntime.Lease lease = AclRuntime.ensureReady(device);
                     AclStream stream = AclStream.create()) {
                    run(config.withDevice(lease.deviceId()).withStream(stream.handle()), hint, retry);
                }
            } else {
                run(auto ? config : config.withDevice(device), hint, retry);
            }
        } catch (final CommException e) {
            System.out.println("FAILED " + e.stage() + " " + e.nativeCode().orElse(-1));
            System.out.println("MESSAGE " + e.getMessage().replace('\n', ' '));
            for (final Throwable s : e.getSuppressed()) {
                System.out.println("SUPPRESSED " + s.getMessage());
            }
            exit = e.stage().exitCode();
        } catch (final IllegalStateException e) {
            System.out.println("FAILED ILLEGAL_STATE -1");
            System.out.println("MESSAGE " + e.getMessage());
            exit = 98;
        } catch (final Throwable t) {
            System.out.println("UNEXPECTED " + t);
            t.printStackTrace(System.out);
            exit = 99;
        }
        System.out.flush();
        System.exit(exit);
    }

    private static void run(final CommConfig config, final long hint, final boolean retry) {
        try (Communicator comm = CommBackend.named("hccl").init(config)) {
            System.out.println("STAGE init");
            if (retry) {
                try {
                    comm.allocWindows(1L << 40);
                    System.out.println("RETRY first allocWindows unexpectedly succeeded");
                } catch (final CommException e) {
                    System.out.println("RETRY_FIRST " + e.stage() + " " + e.nativeCode().orElse(-1));
                }
            }
            final CommContext ctx = comm.allocWindows(hint);
            System.out.println("TOPOLOGY " + ((HcclCommunicator) comm).topology());
            System.out.println("PROVIDER " + comm.windowProvider());
            System.out.println("WIN_SIZE " + ctx.winSize());
            ContextInvariants.require(comm, ctx);
            System.out.println("LOCAL_BASE " + Long.toHexString(comm.localWindowBase()));
            for (int i = 0; i < comm.nranks(); i++) {
                System.out.println("WINDOW_IN " + i + " " + Long.toHexString(ctx.windowIn(i)));
            }
            requireDeviceCopyMatches(ctx);
            System.out.println("WINDOWS_OUT_0 " + Long.toHexString(comm.readBackContext().windowOut(0)));
            if (!comm.windowProvider().equals("mc2")) {
                // the fake's MC2 marks each window itself; a shareable window starts zeroed, so its
                // owner writes the mark, and peers read it through their imports after the barrier
                writeOwnMark(ctx, comm.rank());
            }
            writeAlias(ctx, comm.rank(), comm.nranks());
            comm.barrier();
            if (Boolean.getBoolean("comm4j.test.fakeCann")) {
                requireWindowMarks(ctx, comm.nranks());
                if (!comm.windowProvider().equals("mc2")) {
                    requireZeroed(ctx, comm.nranks());
                }
            }
            requireAlias(ctx, comm.rank(), comm.nranks());
            for (int i = 0; i < 5; i++) {
                comm.barrier();
            }
            System.out.println("STAGE barrier");
        }
        System.out.println("STAGE destroy");
    }

    /** The context a kernel gets (device address) holds exactly what the host view says. */
    private static void requireDeviceCopyMatches(final CommContext ctx) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment back = arena.allocate(CommContext.BYTES);
            final int rc = acl_h.aclrtMemcpy(back, CommContext.BYTES, MemorySegment.ofAddress(ctx.deviceAddress()),
                CommContext.BYTES, acl_h.ACL_MEMCPY_DEVICE_TO_HOST());
            if (rc != 0) {
                throw new CommException(Stage.CTX_COPY, "hccl", rc, AclError.of(rc).symbol(), "reading the device context back");
            }
            if (back.mismatch(ctx.segment().asSlice(0, CommContext.BYTES)) != -1) {
                throw new CommException(Stage.CTX_FIELDS, "hccl", "device context differs from the host view");
            }
        }
    }

    /** Writes "ALIAS" + rank through this rank's view of the next rank's window. */
    private static void writeAlias(final CommContext ctx, final int rank, final int nranks) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment word = arena.allocate(ValueLayout.JAVA_LONG);
            word.set(ValueLayout.JAVA_LONG, 0, ALIAS_MARK | rank);
            final int next = (rank + 1) % nranks;
            final int rc = acl_h.aclrtMemcpy(MemorySegment.ofAddress(ctx.windowIn(next) + ALIAS_OFFSET), 8, word, 8,
                acl_h.ACL_MEMCPY_HOST_TO_DEVICE());
            if (rc != 0) {
                throw new CommException(Stage.BARRIER, "hccl", rc, AclError.of(rc).symbol(), "writing through windowsIn[" + next + "]");
            }
        }
    }

    /** This rank's own window holds what the previous rank wrote through its windowsIn[this rank]. */
    private static void requireAlias(final CommContext ctx, final int rank, final int nranks) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment word = arena.allocate(ValueLayout.JAVA_LONG);
            final int previous = (rank + nranks - 1) % nranks;
            final int rc = acl_h.aclrtMemcpy(word, 8, MemorySegment.ofAddress(ctx.windowIn(rank) + ALIAS_OFFSET), 8,
                acl_h.ACL_MEMCPY_DEVICE_TO_HOST());
            final long found = word.get(ValueLayout.JAVA_LONG, 0);
            if (rc != 0 || found != (ALIAS_MARK | previous)) {
                throw new CommException(Stage.BARRIER, "hccl", "own window carries 0x" + Long.toHexString(found)
                    + " (rc " + rc + "), expected what rank " + previous + " wrote through its windowsIn[" + rank + "]");
            }
            System.out.println("ALIAS ok");
        }
    }

    private static void writeOwnMark(final CommContext ctx, final int rank) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment word = arena.allocate(ValueLayout.JAVA_LONG);
            word.set(ValueLayout.JAVA_LONG, 0, WINDOW_IN_MARK | rank);
            final int rc = acl_h.aclrtMemcpy(MemorySegment.ofAddress(ctx.windowIn(rank)), 8, word, 8,
                acl_h.ACL_MEMCPY_HOST_TO_DEVICE());
            if (rc != 0) {
                throw new CommException(Stage.BARRIER, "hccl", rc, AclError.of(rc).symbol(), "writing the canary");
            }
        }
    }

    /**
     * A word nobody writes, in every window, is 0: windows were zeroed before they were published
     * (the fake's fresh physical memory holds 0xa5 bytes, as device memory is not zeroed).
     */
    private static void requireZeroed(final CommContext ctx, final int nranks) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment word = arena.allocate(ValueLayout.JAVA_LONG);
            for (int i = 0; i < nranks; i++) {
                final int rc = acl_h.aclrtMemcpy(word, 8, MemorySegment.ofAddress(ctx.windowIn(i) + UNTOUCHED_OFFSET),
                    8, acl_h.ACL_MEMCPY_DEVICE_TO_HOST());
                if (rc != 0 || word.get(ValueLayout.JAVA_LONG, 0) != 0) {
                    throw new CommException(Stage.BARRIER, "hccl", "window " + i + " holds 0x"
                        + Long.toHexString(word.get(ValueLayout.JAVA_LONG, 0)) + " at offset " + UNTOUCHED_OFFSET
                        + " (rc " + rc + "): it was not zeroed before it was published");
                }
            }
            System.out.println("ZEROED ok");
        }
    }

    /** windowsIn[i] really is rank i's window, read from this process through its global address. */
    private static void requireWindowMarks(final CommContext ctx, final int nranks) {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment word = arena.allocate(ValueLayout.JAVA_LONG);
            for (int i = 0; i < nranks; i++) {
                final int rc = acl_h.aclrtMemcpy(word, 8, MemorySegment.ofAddress(ctx.windowIn(i)), 8,
                    acl_h.ACL_MEMCPY_DEVICE_TO_HOST());
                final long mark = word.get(ValueLayout.JAVA_LONG, 0);
                if (rc != 0 || mark != (WINDOW_IN_MARK | i)) {
                    throw new CommException(Stage.BARRIER, "hccl", "window " + i + " carries 0x"
                        + Long.toHexString(mark) + " (rc " + rc + "), expected rank " + i + "'s mark");
                }
            }
            System.out.println("MARKS ok");
        }
    }
}
