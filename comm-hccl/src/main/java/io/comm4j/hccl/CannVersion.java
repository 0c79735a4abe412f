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
 * version lock of the MC2 private-layout path, which says what was measured
 * (hardware-lessons section 2):
 * <ul>
 *   <li><b>CANN 8.5: known good.</b> The layouts comm4j reads (the MC2 tiling, the MESH context,
 *       {@code HcclOpResParam}) are the ones the original runtime ran on 8.5.</li>
 *   <li><b>CANN 9.0: known bad.</b> The original measured "CANN 8.5 -> 9.0 layout drift silently
 *       produced wrong VAs (baseline 9.0 fails at comm_alloc_windows)" (hw-native-sys/simpler
 *       commit 95f8fb8a2, #774) and removed the path.</li>
 *   <li><b>Anything else</b> (older, 9.x after 9.0, unknown): not measured.</li>
 * </ul>
 * Everything but 8.5 is refused at {@link Stage#ALLOC} with a message naming the version, the
 * evidence and {@code -D}{@value #ALLOW_PROPERTY}{@code =true}, which runs the path anyway (with a
 * warning). The fabric and vmm providers read no private layout and need no lock.
 *
 * @param version the version string CANN reports (e.g. {@code "8.5.0"}), or empty when unknown
 * @param major   the major version, or -1 when unknown
 */
public record CannVersion(Optional<String> version, int major) {
    /** The CANN line (major.minor) the MC2 path was measured good on. */
    public static final String KNOWN_GOOD = "8.5";
    /** The CANN line the MC2 path was measured bad on. */
    public static final String KNOWN_BAD = "9.0";
    /** System property that lets the private-layout path run on a version not known good. */
    public static final String ALLOW_PROPERTY = "comm4j.hccl.allowUnverifiedCann";
    private static final String EVIDENCE_BAD = "the original runtime measured that the CANN 8.5 -> 9.0 layout drift "
        + "silently produced wrong window addresses and failed window allocation (hw-native-sys/simpler commit "
        + "95f8fb8a2, #774), and removed this path";

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
            if (acl_h.aclsysGetCANNVersion(acl_h.ACL_PKG_NAME_CANN(), v) != AclError.SUCCESS.code()) {
                return UNKNOWN;
            }
            return parse(aclCANNPackageVersion.version(v).getString(0));
        } catch (final RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** A version from its string, e.g. {@code "8.5.0"} or {@code "8.1.RC1"}. */
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

    /** "major.minor" of the version ({@code "8.5"} for {@code "8.5.RC1"}), or empty. */
    public Optional<String> line() {
        return version.map(v -> {
            final String[] parts = v.split("\\.", 3);
            return parts.length >= 2 ? parts[0] + "." + parts[1] : v;
        });
    }

    /** Whether the MC2 path was measured good on this version (CANN 8.5). */
    public boolean verifiedForPrivateLayouts() {
        return line().filter(KNOWN_GOOD::equals).isPresent();
    }

    /** Whether the MC2 path was measured bad on this version (CANN 9.0). */
    public boolean knownBadForPrivateLayouts() {
        return line().filter(KNOWN_BAD::equals).isPresent();
    }

    /**
     * Refuses the MC2 path on any version but the known-good one, unless overridden.
     *
     * @param allowUnverified the value of {@value #ALLOW_PROPERTY}
     * @throws CommException at {@link Stage#ALLOC} naming the version, the evidence and the override
     */
    public void requireVerified(final boolean allowUnverified) {
        if (verifiedForPrivateLayouts()) {
            return;
        }
        final String what = version.map(v -> "CANN " + v).orElse("a CANN whose version cannot be queried");
        final String why = knownBadForPrivateLayouts()
            ? "the MC2 window path is known bad on CANN " + KNOWN_BAD + ": " + EVIDENCE_BAD
            : "the MC2 window path reads HCCL's private layouts, which were measured good on CANN " + KNOWN_GOOD
                + " only and are not measured on this version (and known bad on " + KNOWN_BAD + ")";
        if (allowUnverified) {
            org.apache.logging.log4j.LogManager.getLogger(CannVersion.class).warn(
                "{}: {}; running it anyway because -D{}=true", what, why, ALLOW_PROPERTY);
            return;
        }
        final CommException refused = new CommException(Stage.ALLOC, HcclBackend.NAME, what + ": " + why
            + ". Set -D" + ALLOW_PROPERTY + "=true to try anyway, or use a window provider that reads no private "
            + "layout (-D" + WindowChoice.PROPERTY + "=auto, the default: fabric where supported, else vmm)");
        org.apache.logging.log4j.LogManager.getLogger(CannVersion.class).error("{}", refused.getMessage());
        throw refused;
    }

    @Override
    public String toString() {
        return version.map(v -> "CANN " + v).orElse("CANN (version unknown)");
    }
}
