package io.comm4j.bindings;

/**
 * What the hand-written downcall wrappers ({@link PosixErrno}, {@link CommunicatorFunctions}) do
 * with what {@code MethodHandle.invokeExact} may throw, written once: a downcall throws no checked
 * exception, so an unchecked one passes unchanged and anything else is a bug in the binding.
 */
final class Downcalls {
    private Downcalls() {
    }

    /**
     * Throws {@code t} itself when it is unchecked; otherwise returns the exception to throw in its
     * place (callers write {@code throw Downcalls.rethrow(t)}, so the compiler sees every path end).
     */
    static RuntimeException rethrow(final Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("native call threw a checked exception", t);
    }
}
