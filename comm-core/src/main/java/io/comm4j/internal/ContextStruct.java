package io.comm4j.internal;

import io.comm4j.bindings.comm.CommContext;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;

/**
 * The native {@code CommContext} struct, field by field: the one place that names the generated
 * binding, so that code which also uses the API view {@link io.comm4j.CommContext} (same simple
 * name) reads {@code ContextStruct.rankId(ctx, rank)} instead of a fully qualified binding call.
 * Each method is the binding's accessor; the layout and its table live with
 * {@link io.comm4j.CommContext#LAYOUT}. Indexes are not checked here: callers pass a rank they
 * have checked against {@link io.comm4j.CommContext#MAX_RANKS}.
 */
public final class ContextStruct {
    private ContextStruct() {
    }

    /** The struct layout jextract generated from {@code headers/comm_context.h}. */
    public static GroupLayout layout() {
        return CommContext.layout();
    }

    /** Reads {@code workSpace}. */
    public static long workSpace(final MemorySegment ctx) {
        return CommContext.workSpace(ctx);
    }

    /** Writes {@code workSpace}. */
    public static void workSpace(final MemorySegment ctx, final long value) {
        CommContext.workSpace(ctx, value);
    }

    /** Reads {@code workSpaceSize}. */
    public static long workSpaceSize(final MemorySegment ctx) {
        return CommContext.workSpaceSize(ctx);
    }

    /** Writes {@code workSpaceSize}. */
    public static void workSpaceSize(final MemorySegment ctx, final long value) {
        CommContext.workSpaceSize(ctx, value);
    }

    /** Reads {@code rankId} (unsigned 32-bit read as int). */
    public static int rankId(final MemorySegment ctx) {
        return CommContext.rankId(ctx);
    }

    /** Writes {@code rankId}. */
    public static void rankId(final MemorySegment ctx, final int value) {
        CommContext.rankId(ctx, value);
    }

    /** Reads {@code rankNum} (unsigned 32-bit read as int). */
    public static int rankNum(final MemorySegment ctx) {
        return CommContext.rankNum(ctx);
    }

    /** Writes {@code rankNum}. */
    public static void rankNum(final MemorySegment ctx, final int value) {
        CommContext.rankNum(ctx, value);
    }

    /** Reads {@code winSize}. */
    public static long winSize(final MemorySegment ctx) {
        return CommContext.winSize(ctx);
    }

    /** Writes {@code winSize}. */
    public static void winSize(final MemorySegment ctx, final long value) {
        CommContext.winSize(ctx, value);
    }

    /** Reads {@code windowsIn[rank]}. */
    public static long windowIn(final MemorySegment ctx, final int rank) {
        return CommContext.windowsIn(ctx, rank);
    }

    /** Writes {@code windowsIn[rank]}. */
    public static void windowIn(final MemorySegment ctx, final int rank, final long address) {
        CommContext.windowsIn(ctx, rank, address);
    }

    /** Reads {@code windowsOut[rank]}. */
    public static long windowOut(final MemorySegment ctx, final int rank) {
        return CommContext.windowsOut(ctx, rank);
    }

    /** Writes {@code windowsOut[rank]}. */
    public static void windowOut(final MemorySegment ctx, final int rank, final long address) {
        CommContext.windowsOut(ctx, rank, address);
    }
}
