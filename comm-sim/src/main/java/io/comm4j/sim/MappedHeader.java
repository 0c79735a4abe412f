package io.comm4j.sim;

import io.comm4j.CommException;
import io.comm4j.Stage;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static io.comm4j.sim.SegmentDescriptor.HEADER_BYTES;

/**
 * This process's mapping of one sim segment's header ({@link SegmentDescriptor#HEADER_BYTES} at an
 * address only this process knows). It owns the mapping: whoever holds it is the one to
 * {@link #unmap}, which happens at most once, so no caller passes a raw address around or can
 * unmap memory the process has since mapped again.
 */
final class MappedHeader {
    private final String name;
    private final long address;
    private boolean unmapped;

    private MappedHeader(final String name, final long address) {
        this.name = name;
        this.address = address;
    }

    /**
     * Maps the header of segment {@code name}, open as {@code fd}.
     *
     * @throws CommException at {@code stage} when mmap fails
     */
    static MappedHeader map(final Stage stage, final String name, final int fd) {
        return new MappedHeader(name, Libc.mmap(stage, name, fd, HEADER_BYTES, true).address());
    }

    /** A view of the header that lives as long as the mapping (for the init protocol, before an arena owns it). */
    SharedHeader header() {
        return new SharedHeader(MemorySegment.ofAddress(address).reinterpret(HEADER_BYTES));
    }

    /** A view of the header that throws once {@code arena} is closed, so nothing touches it after {@link #unmap}. */
    SharedHeader header(final Arena arena) {
        return new SharedHeader(MemorySegment.ofAddress(address).reinterpret(HEADER_BYTES, arena, null));
    }

    /**
     * Unmaps the header; a second call does nothing.
     *
     * @throws CommException at {@code stage} when munmap fails (the mapping counts as released)
     */
    void unmap(final Stage stage) {
        if (unmapped) {
            return;
        }
        unmapped = true;
        Libc.munmap(stage, name, address, HEADER_BYTES);
    }
}
