package io.comm4j.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The objects layers above a communicator keep per communicator ({@code Communicator#attachment}),
 * one per type, owned by the communicator: made on first use, dropped when the communicator closes
 * ({@link #clear()}), after which asking for one throws. A backend's communicator holds one of these
 * and delegates to it.
 *
 * <p>Thread-safe (a communicator is used from one thread at a time, but nothing breaks if not).
 */
public final class Attachments {
    private final Map<Class<?>, Object> byType = new HashMap<>();
    private boolean cleared;

    /**
     * The attachment of {@code type}, made by {@code create} the first time.
     *
     * @throws IllegalStateException after {@link #clear()}
     */
    public synchronized <T> T get(final Class<T> type, final Supplier<? extends T> create) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(create, "create");
        if (cleared) {
            throw new IllegalStateException("the communicator is closed: its " + type.getSimpleName()
                + " attachment is gone");
        }
        final Object existing = byType.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        final T made = Objects.requireNonNull(create.get(), "create returned null");
        byType.put(type, made);
        return made;
    }

    /** Drops every attachment; later {@link #get} calls throw. Idempotent. */
    public synchronized void clear() {
        cleared = true;
        byType.clear();
    }
}
