package org.prepdesk.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How well an item was said in a rehearsal, as FSRS counts it: 1 (again) to 4 (easy). */
public enum Grade {
    AGAIN(1, "again", "Again"),
    HARD(2, "hard", "Hard"),
    GOOD(3, "good", "Good"),
    EASY(4, "easy", "Easy");

    private final int value;
    private final String id;
    private final String label;

    Grade(int value, String id, String label) {
        this.value = value;
        this.id = id;
        this.label = label;
    }

    /** 1 to 4, the number FSRS's formulas take (and the key that grades in the window). */
    public int value() {
        return value;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Grade> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.id.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
