package io.comm4j.hccl;

import io.comm4j.CommException;
import io.comm4j.Stage;
import io.comm4j.bindings.NativeLibraries;
import io.comm4j.bindings.acl.aclCANNPackageVersion;
import io.comm4j.bindings.acl.acl_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Optional;

/**
 * The CANN package version (from {@code aclsysGetCANNVersion} when the runtime exports it) and the
 * version lock of the private-layout path.
 *
 * <p>{@code allocWindows} reads structures CANN does not publish ({@code HcclOpResParam}, the MC2
 * tiling); comm4j's copies were reconstructed for CANN {@value #VERIFIED_MAJOR}.x. On any other or
 * unknown version that path is refused with a message saying so, unless the user sets
 * {@code -D}{@value #ALLOW_PROPERTY}{@code =true} to accept the risk (then it only logs a warning).
 *
 * @param version the version string CANN reports (e.g. {@code "9.0.0"}), or empty when unknown
 * @param major   the major version, or -1 when unknown
 */
public record CannVersion(Optional<String> version, int major) {
    /** The CANN major version whose private layouts comm4j's copies match. */
    public static final int VERIFIED_MAJOR = 9;
    /** System property that lets the private-layout path run on an unverified CANN version. */
    public static final String ALLOW_PROPERTY = "comm4j.hccl.allowUnverifiedCann";

    /** The version could not be determined. */
    public static final CannVersion UNKNOWN = new CannVersion(Optional.empty(), -1);

    /**
     * Asks the loaded runtime. Never throws: an old CANN without the query, or a failing query,
     * gives {@link #UNKNOWN}.
     */
    public static CannVersion query() {
        if (!NativeLibraries.isAvailable("aclsysGetCANNVersion")) {
            return UNKNOWN;
        }
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment v = aclCANNPackageVersion.allocate(arena).fill((byte) 0);
            if (acl_h.aclsysGetCANNVersion(acl_h.ACL_PKG_NAME_CANN(), v) != AclErrors.SUCCESS) {
                return UNKNOWN;
            }
            return parse(aclCANNPackageVersion.version(v).getString(0));
        } catch (final RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** A version from its string, e.g. {@code "9.0.0"} or {@code "8.1.RC1"}. */
    public static CannVersion parse(final String text) {
        final String v = text == null ? "" : text.strip();
        if (v.isEmpty()) {
            return UNKNOWN;
        }
        final int dot = v.indexOf('.');
        try {
            return new CannVersion(Optional.of(v), Integer.parseInt(dot < 0 ? v : v.substring(0, dot)));
        } catch (final NumberFormatException e) {
            return new CannVersion(Optional.of(v), -1);
        }
    }

    /** Whether comm4j's copies of the private layouts were made for this version. */
    public boolean verifiedForPrivateLayouts() {
        return major == VERIFIED_MAJOR;
    }

    /**
     * Refuses the private-layout path on a version it was not made for, unless overridden.
     *
     * @param allowUnverified the value of {@value #ALLOW_PROPERTY}
     * @throws CommException at {@link Stage#ALLOC} naming the version and the override
     */
    public void requireVerified(final boolean allowUnverified) {
        if (verifiedForPrivateLayouts()) {
            return;
        }
        final String what = version.map(v -> "CANN " + v).orElse("a CANN whose version cannot be queried");
        if (allowUnverified) {
            org.apache.logging.log4j.LogManager.getLogger(CannVersion.class).warn(
                "{}: comm4j reads HCCL's private context layouts reconstructed for CANN {}.x; running anyway "
                    + "because -D{}=true", what, VERIFIED_MAJOR, ALLOW_PROPERTY);
            return;
        }
        final CommException refused = new CommException(Stage.ALLOC, NativeChecks.BACKEND, what + ": window "
            + "allocation reads HCCL's private context layouts, which comm4j has verified for CANN " + VERIFIED_MAJOR
            + ".x only; reading them on another version could return wrong addresses. Set -D" + ALLOW_PROPERTY
            + "=true to try anyway, or use the ACL-IPC window provider (-Dcomm4j.hccl.windows=ipc)");
        org.apache.logging.log4j.LogManager.getLogger(CannVersion.class).error("{}", refused.getMessage());
        throw refused;
    }

    @Override
    public String toString() {
        return version.map(v -> "CANN " + v).orElse("CANN (version unknown)");
    }
}
