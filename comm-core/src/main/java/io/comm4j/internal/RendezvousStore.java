package io.comm4j.internal;

import io.comm4j.Stage;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one rendezvous store ranks meet through, in the style of torch's c10d store: set, get, wait with
 * a deadline, compare-and-set and delete-own over short keys. What the keys mean and what the values
 * hold is each backend's business; how they travel (files on a shared path today, a TCP server
 * later) is the store's.
 *
 * <p>Every value is stored as a {@link StoreRecord} stamped with its writer (run token and process),
 * so the store can promise the deletion rule on its own: it removes only records of its own run
 * ({@link #deleteOwn}) or of a writer proven dead ({@link #deleteIfWriterDead}), and never
 * replaces anything else. Something at a key that is not a record of comm4j's, or that the store
 * cannot trust (another owner, a wider mode, a symbolic link), is reported as {@link Lookup.Foreign}
 * and left untouched; the backend refuses it at INIT naming {@link Lookup.Foreign#where()}.
 *
 * <p>Implementations are not thread-safe: one per communicator.
 */
public interface RendezvousStore {

    /** What {@link #get} found at a key. */
    sealed interface Lookup permits Lookup.Absent, Lookup.Foreign, Lookup.Present {
        /** Nothing at the key. */
        record Absent() implements Lookup {
        }

        /**
         * Something the store does not trust and will never delete or replace.
         *
         * @param where the file (or address) it was found at, for messages
         * @param why        one phrase: "owned by uid 1001", "a symbolic link", "no comm4j record header"
         * @param distrusted true when the file fails the owner/mode/link rule (never to be read on),
         *                   false when it is merely not a record
         */
        record Foreign(String where, String why, boolean distrusted) implements Lookup {
        }

        /** A comm4j record. */
        record Present(StoreRecord record) implements Lookup {
        }
    }

    /** The run this store writes for: every record it writes carries this token and process. */
    StoreRecord.Writer writer();

    /** Where {@code key} lives, for messages ("/tmp/x/rootinfo"). */
    String describe(String key);

    /** How this store's {@link #waitFor} waits (its deadline, idling and the backend it names). */
    Waiter waiter();

    /**
     * Looks once at {@code key}; bounded (a huge file is {@link Lookup.Foreign}, never read whole).
     *
     * @throws io.comm4j.CommException at {@code stage} when the store cannot be read (a file error, a lost server)
     */
    Lookup get(String key, Stage stage);

    /** {@link #get(String, Stage)} at {@link Stage#INIT}, where most looks happen. */
    default Lookup get(final String key) {
        return get(key, Stage.INIT);
    }

    /**
     * Publishes {@code value} at {@code key} when it is absent or holds a record of this run; never
     * replaces anything else.
     *
     * @return false when something else is at the key (nothing was written)
     * @throws io.comm4j.CommException at {@code stage} when the store cannot be written (a lost server)
     */
    boolean set(String key, byte[] value, Stage stage);

    /** {@link #set(String, byte[], Stage)} at {@link Stage#INIT}. */
    default boolean set(final String key, final byte[] value) {
        return set(key, value, Stage.INIT);
    }

    /**
     * Atomically: when the key holds nothing ({@code expectedToken} empty) or a record whose token is
     * {@code expectedToken}, replaces it with {@code value} stamped by this store's writer.
     *
     * @return whether this call's value is the one published
     */
    boolean compareAndSet(String key, Optional<Long> expectedToken, byte[] value);

    /**
     * This store writing as {@code writer} (another run token), over the same files or the same
     * connection: what a rank uses once it knows its run's token.
     */
    RendezvousStore withWriter(StoreRecord.Writer writer);

    /**
     * Releases what the store holds: a TCP client's connection (on rank 0 the server too, freeing the
     * port). Files: nothing. Idempotent, never throws; stores made by {@link #withWriter} share it.
     */
    default void close() {
    }

    /** Deletes the record at {@code key} if it is this run's (same token as {@link #writer()}). */
    boolean deleteOwn(String key);

    /**
     * Deletes the record at {@code key} if its writer is gone (a crashed run), as decided by the
     * liveness check the store was built with.
     *
     * @return the record deleted, or empty when nothing was deleted
     */
    Optional<StoreRecord> deleteIfWriterDead(String key);

    /**
     * Whether the writer of a record may still act (a rank still running): false only when it is
     * proven gone. The file store asks the process table (its ranks share one host); the TCP store asks
     * rank 0's server, which counts a writer as gone once its connection closed.
     *
     * @throws io.comm4j.CommException at {@code stage} when the store cannot be asked (a lost server)
     */
    boolean writerAlive(StoreRecord.Writer writer, Stage stage);

    /**
     * Waits until {@code key} holds a record {@code accept}s, at most {@code timeout}, checking
     * {@code abortCheck} (which throws to end the wait) on every look.
     *
     * The same for every transport: a loop of {@link #get(String, Stage)} under {@link #waiter()}.
     *
     * @throws io.comm4j.CommTimeoutException when the deadline passes first
     */
    default StoreRecord waitFor(final String key, final Predicate<StoreRecord> accept, final Duration timeout,
                                final Runnable abortCheck, final Stage stage) {
        final StoreRecord[] found = new StoreRecord[1];
        waiter().await(() -> {
            abortCheck.run();
            if (get(key, stage) instanceof Lookup.Present(StoreRecord r) && accept.test(r)) {
                found[0] = r;
                return true;
            }
            return false;
        }, timeout, stage, () -> "a record at " + describe(key));
        return found[0];
    }
}
