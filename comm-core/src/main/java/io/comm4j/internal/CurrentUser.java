package io.comm4j.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.attribute.UserPrincipal;

/** The user this process runs as, for ownership checks of rendezvous files and segments. */
public final class CurrentUser {
    private static volatile UserPrincipal principal;

    private CurrentUser() {
    }

    /** This process's user, looked up once. */
    public static UserPrincipal principal() {
        UserPrincipal p = principal;
        if (p == null) {
            try {
                p = FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            } catch (final IOException e) {
                throw new UncheckedIOException("cannot look up user " + System.getProperty("user.name"), e);
            }
            principal = p;
        }
        return p;
    }
}
