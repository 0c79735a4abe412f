package io.comm4j.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The framing of the TCP rendezvous store's requests and replies, one place for both ends. Every
 * length is checked against its bound before anything is allocated, so a peer that speaks something
 * else costs at most one bounded read and gets an error reply, never an exception that ends the
 * server. All integers are big-endian ({@link DataOutputStream}).
 *
 * <pre>
 * request
 * size  field
 * ----  --------------------------------------------------------------------
 *    4  magic "C4JT" (0x43344A54)
 *    1  version (1)
 *    1  op: 1 get, 2 compare-and-set, 3 delete-own, 4 writer alive (token = the writer's pid,
 *       value = its 8-byte start time: true unless the connection that wrote for it has closed)
 *    2  group key length g (1..{@value #MAX_GROUP})
 *    g  group key, UTF-8 (the group this client belongs to)
 *    2  store key length k (0..{@value #MAX_KEY})
 *    k  store key, UTF-8
 *    1  1 when the token below is given (compare-and-set over a record, delete-own), else 0
 *    8  token
 *    4  value length v (0..{@value #MAX_VALUE}): a framed {@link StoreRecord} for compare-and-set
 *    v  value
 *
 * reply
 * size  field
 * ----  --------------------------------------------------------------------
 *    1  status: 0 false / absent, 1 true / present, 2 error
 *    4  length n (0..{@value #MAX_VALUE})
 *    n  the record (get, present) or the error message (UTF-8)
 * </pre>
 */
final class TcpStoreWire {
    static final int MAGIC = 0x43344A54;
    static final int VERSION = 1;
    static final int OP_GET = 1;
    static final int OP_CAS = 2;
    static final int OP_DELETE_OWN = 3;
    static final int OP_ALIVE = 4;
    static final int MAX_GROUP = 256;
    static final int MAX_KEY = 64;
    static final int MAX_VALUE = StoreRecord.HEADER_BYTES + StoreRecord.MAX_PAYLOAD;
    static final int NO = 0;
    static final int YES = 1;
    static final int ERROR = 2;

    private TcpStoreWire() {
    }

    /** One decoded request. */
    record Request(int op, String group, String key, boolean hasToken, long token, byte[] value) {
    }

    /** One decoded reply. */
    record Reply(int status, byte[] body) {
        String message() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Thrown for bytes that are not a request of this protocol; the server answers with an error. */
    static final class Malformed extends IOException {
        Malformed(final String why) {
            super(why);
        }
    }

    static void writeRequest(final DataOutputStream out, final Request r) throws IOException {
        final byte[] group = r.group().getBytes(StandardCharsets.UTF_8);
        final byte[] key = r.key().getBytes(StandardCharsets.UTF_8);
        out.writeInt(MAGIC);
        out.writeByte(VERSION);
        out.writeByte(r.op());
        out.writeShort(group.length);
        out.write(group);
        out.writeShort(key.length);
        out.write(key);
        out.writeByte(r.hasToken() ? 1 : 0);
        out.writeLong(r.token());
        out.writeInt(r.value().length);
        out.write(r.value());
        out.flush();
    }

    static Request readRequest(final DataInputStream in) throws IOException {
        final int magic = in.readInt();
        if (magic != MAGIC) {
            throw new Malformed(String.format("not a comm4j store request (magic 0x%08x)", magic));
        }
        final int version = in.readUnsignedByte();
        if (version != VERSION) {
            throw new Malformed("store protocol version " + version + ", this server speaks " + VERSION);
        }
        final int op = in.readUnsignedByte();
        if (op < OP_GET || op > OP_ALIVE) {
            throw new Malformed("unknown store op " + op);
        }
        final String group = readString(in, 1, MAX_GROUP, "group key");
        final String key = readString(in, 0, MAX_KEY, "store key");
        final int flag = in.readUnsignedByte();
        if (flag > 1) {
            throw new Malformed("token flag " + flag);
        }
        final long token = in.readLong();
        final byte[] value = readBytes(in, 0, MAX_VALUE, "value");
        return new Request(op, group, key, flag == 1, token, value);
    }

    static void writeReply(final DataOutputStream out, final int status, final byte[] body) throws IOException {
        out.writeByte(status);
        out.writeInt(body.length);
        out.write(body);
        out.flush();
    }

    static Reply readReply(final DataInputStream in) throws IOException {
        final int status = in.readUnsignedByte();
        if (status > ERROR) {
            throw new Malformed("reply status " + status);
        }
        return new Reply(status, readBytes(in, 0, MAX_VALUE, "reply"));
    }

    private static String readString(final DataInputStream in, final int min, final int max, final String what)
        throws IOException {
        final int n = in.readUnsignedShort();
        if (n < min || n > max) {
            throw new Malformed(what + " of " + n + " bytes (allowed " + min + ".." + max + ")");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(final DataInputStream in, final int min, final int max, final String what)
        throws IOException {
        final int n = in.readInt();
        if (n < min || n > max) {
            throw new Malformed(what + " of " + n + " bytes (allowed " + min + ".." + max + ")");
        }
        final byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new EOFException(what + " cut short");
        }
        return b;
    }
}
