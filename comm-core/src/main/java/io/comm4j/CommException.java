package io.comm4j;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A communicator operation failed.
 *
 * <p>Always names the {@link Stage} that failed (its exit code is what {@code comm-smoke} returns),
 * the backend, and, where the failure came from native code, the backend's own code both as a
 * number and by name (for example {@code HCCL_E_TIMEOUT(9)}, {@code ENOSPC(28)}). The message reads
 * {@code "<stage> failed [backend=sim code=ENOSPC(28)]: <detail>"}, and the detail says what to check.
 */
public class CommException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Stage stage;
    private final String backend;
    private final Integer nativeCode;
    private final String nativeCodeName;
    private final String detail;

    /** A failure with no native code. */
    public CommException(final Stage stage, final String backend, final String detail) {
        this(stage, backend, null, null, detail, null);
    }

    /** A failure with no native code, caused by {@code cause}. */
    public CommException(final Stage stage, final String backend, final String detail, final Throwable cause) {
        this(stage, backend, null, null, detail, cause);
    }

    /**
     * A failure reported by native code.
     *
     * @param nativeCode the backend's code (HcclResult, aclError, errno)
     * @param nativeCodeName its symbolic name, or {@code null} when unknown
     */
    public CommException(final Stage stage, final String backend, final int nativeCode,
                         final String nativeCodeName, final String detail) {
        this(stage, backend, nativeCode, nativeCodeName, detail, null);
    }

    private CommException(final Stage stage, final String backend, final Integer nativeCode,
                          final String nativeCodeName, final String detail, final Throwable cause) {
        super(format(stage, backend, nativeCode, nativeCodeName, detail), cause);
        this.stage = Objects.requireNonNull(stage, "stage");
        this.backend = backend;
        this.nativeCode = nativeCode;
        this.nativeCodeName = nativeCodeName;
        this.detail = detail;
    }

    private static String format(final Stage stage, final String backend, final Integer code,
                                 final String codeName, final String detail) {
        final StringBuilder sb = new StringBuilder(stage.label()).append(" failed");
        if (backend != null || code != null) {
            sb.append(" [");
            if (backend != null) {
                sb.append("backend=").append(backend);
            }
            if (code != null) {
                sb.append(backend != null ? " " : "").append("code=")
                    .append(codeName != null ? codeName + "(" + code + ")" : String.valueOf(code));
            }
            sb.append(']');
        }
        return sb.append(": ").append(detail).toString();
    }

    /** The stage that failed. */
    public Stage stage() {
        return stage;
    }

    /** The backend's name, or {@code null} when the failure happened before one was chosen. */
    public String backend() {
        return backend;
    }

    /** The native code, when the failure came from native code. */
    public OptionalInt nativeCode() {
        return nativeCode == null ? OptionalInt.empty() : OptionalInt.of(nativeCode);
    }

    /** The native code's symbolic name, or {@code null}. */
    public String nativeCodeName() {
        return nativeCodeName;
    }

    /** The detail alone, without the stage/backend prefix. */
    public String detail() {
        return detail;
    }
}
