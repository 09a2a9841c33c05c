package org.prepdesk.review;

import java.io.IOException;
import org.prepdesk.store.NoteCompanion;

/**
 * The rehearsal files as a kind of per-note file the store carries for every note alike
 * ({@code rehearsal/<noteId>.json}: kept on a move, trashed and restored with the note, validated by
 * {@code check}, quarantined when damaged). Named in {@code META-INF/services}. Stateless, thread-safe.
 */
public final class RehearsalCompanion implements NoteCompanion {
    public static final String FOLDER = "rehearsal";

    private final RehearsalCodec codec = new RehearsalCodec();

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void validate(byte[] bytes) throws IOException {
        codec.decode(bytes);
    }

    RehearsalCodec codec() {
        return codec;
    }

    // every instance is the same kind: the store finds it by equality among the installed kinds
    @Override
    public boolean equals(Object o) {
        return o instanceof RehearsalCompanion;
    }

    @Override
    public int hashCode() {
        return RehearsalCompanion.class.hashCode();
    }
}
