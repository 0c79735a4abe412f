package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.acl.aclrtMemAccessDesc;
import io.comm4j.bindings.acl.aclrtMemLocation;
import io.comm4j.bindings.acl.acl_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.BiConsumer;

/**
 * One window as this process sees it through the ACL VMM calls: a physical handle (allocated here
 * with {@code aclrtMallocPhysical}, or imported from a peer's shareable handle), a reserved address
 * range and the mapping of the one onto the other with read-write access (hardware-lessons section
 * 4, steps 3-4 and 9). It records each piece the moment the call that made it succeeds, so
 * {@link #release} frees exactly what exists, whichever step failed.
 *
 * <p>Release follows lessons section 4 step 11: {@code aclrtUnmapMem}, {@code aclrtReleaseMemAddress},
 * {@code aclrtFreePhysical}; every step runs even when an earlier one failed, and each failure is
 * handed to the caller (the first one is what gets reported).
 */
final class VmmMapping {
    private final String what;
    private final long size;
    private long handle;     // aclrtDrvMemHandle; 0 = none (opaque: never dereferenced)
    private long address;    // reserved virtual address; 0 = none
    private boolean mapped;

    private VmmMapping(final String what, final long size, final long handle) {
        this.what = what;
        this.size = size;
        this.handle = handle;
    }

    /**
     * {@code aclrtMallocPhysical(&handle, size, prop, 0)}.
     *
     * @param prop an {@code aclrtPhysicalMemProp} (its location id is the logical device id, lessons section 5)
     * @throws CommException at {@link Stage#ALLOC} naming the call; nothing is left allocated
     */
    static VmmMapping allocate(final String what, final long size, final MemorySegment prop, final String propText) {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment out = call.allocate(ValueLayout.ADDRESS);
            NativeChecks.acl(acl_h.aclrtMallocPhysical(out, size, prop, 0L), Stage.ALLOC,
                "aclrtMallocPhysical(" + size + " bytes, " + propText + ") for " + what);
            return new VmmMapping(what, size, out.get(ValueLayout.ADDRESS, 0).address());
        }
    }

    /** Takes ownership of {@code importedHandle}, a handle an import call just returned. */
    static VmmMapping adopt(final String what, final long size, final long importedHandle) {
        return new VmmMapping(what, size, importedHandle);
    }

    /** The mapped size in bytes. */
    long size() {
        return size;
    }

    /** The physical (or imported) handle. */
    long handle() {
        return handle;
    }

    /** The address this process reaches the window at, once {@link #map} succeeded. */
    long address() {
        return address;
    }

    /**
     * {@code aclrtReserveMemAddress(&va, size, 0, NULL, 0)}, {@code aclrtMapMem(va, size, 0, handle, 0)},
     * {@code aclrtMemSetAccess(va, size, {READWRITE, {DEVICE, driverVisibleId}}, 1)}.
     *
     * @param driverVisibleId the driver-visible id of this process's device: the one place it is
     *                        used instead of the logical id (lessons section 5, {@link VisibleDevices})
     * @throws CommException at {@link Stage#ALLOC} naming the call
     */
    void map(final int driverVisibleId) {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment out = call.allocate(ValueLayout.ADDRESS);
            NativeChecks.acl(acl_h.aclrtReserveMemAddress(out, size, 0L, MemorySegment.NULL, 0L), Stage.ALLOC,
                "aclrtReserveMemAddress(" + size + " bytes) for " + what);
            address = out.get(ValueLayout.ADDRESS, 0).address();
            if (address == 0) {
                throw new CommException(Stage.ALLOC, HcclBackend.NAME, "aclrtReserveMemAddress returned NULL for " + what);
            }
            NativeChecks.acl(acl_h.aclrtMapMem(MemorySegment.ofAddress(address), size, 0L,
                MemorySegment.ofAddress(handle), 0L), Stage.ALLOC, "aclrtMapMem(" + size + " bytes) for " + what);
            mapped = true;
            final MemorySegment desc = aclrtMemAccessDesc.allocate(call).fill((byte) 0);
            aclrtMemAccessDesc.flags(desc, acl_h.ACL_RT_MEM_ACCESS_FLAGS_READWRITE());
            final MemorySegment location = aclrtMemAccessDesc.location(desc);
            aclrtMemLocation.type(location, acl_h.ACL_MEM_LOCATION_TYPE_DEVICE());
            aclrtMemLocation.id(location, driverVisibleId);
            NativeChecks.acl(acl_h.aclrtMemSetAccess(MemorySegment.ofAddress(address), size, desc, 1L), Stage.ALLOC,
                "aclrtMemSetAccess(" + size + " bytes, READWRITE, driver-visible device " + driverVisibleId + ") for "
                    + what);
        }
    }

    /**
     * Unmaps, releases the address range and frees the handle, each when present. Every step runs;
     * each failure goes to {@code failures} (as {@code what, exception}) and the step's resource is
     * forgotten, so a second release never repeats a call.
     */
    void release(final Stage stage, final BiConsumer<String, RuntimeException> failures) {
        if (mapped) {
            mapped = false;
            step(acl_h.aclrtUnmapMem(MemorySegment.ofAddress(address)), stage, "aclrtUnmapMem", failures);
        }
        if (address != 0) {
            final long va = address;
            address = 0;
            step(acl_h.aclrtReleaseMemAddress(MemorySegment.ofAddress(va)), stage, "aclrtReleaseMemAddress", failures);
        }
        if (handle != 0) {
            final long h = handle;
            handle = 0;
            step(acl_h.aclrtFreePhysical(MemorySegment.ofAddress(h)), stage, "aclrtFreePhysical", failures);
        }
    }

    private void step(final int rc, final Stage stage, final String call,
                      final BiConsumer<String, RuntimeException> failures) {
        if (rc != AclError.SUCCESS.code()) {
            failures.accept(call, NativeChecks.aclFailure(rc, stage, call + "(" + what + ")"));
        }
    }

    @Override
    public String toString() {
        return what;
    }
}
