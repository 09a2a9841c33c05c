package org.prepdesk.outline;

import org.prepdesk.model.Kind;

/** How many sections and notes of each kind an import makes (the {@code import --json} object). */
public record ImportCounts(int sections, int notes, int stories, int talkingPoints, int questions, int asks) {
    public static final ImportCounts ZERO = new ImportCounts(0, 0, 0, 0, 0, 0);

    public ImportCounts plus(ImportCounts o) {
        return new ImportCounts(sections + o.sections, notes + o.notes, stories + o.stories,
                talkingPoints + o.talkingPoints, questions + o.questions, asks + o.asks);
    }

    public ImportCounts plusSections(int n) {
        return new ImportCounts(sections + n, notes, stories, talkingPoints, questions, asks);
    }

    static ImportCounts of(PlanSection s) {
        int[] c = new int[6];
        s.forEachSection(x -> {
            c[0]++;
            for (PlanNote n : x.notes()) {
                c[1]++;
                c[2] += n.kind() == Kind.STORY ? 1 : 0;
                c[3] += n.kind() == Kind.TALKING_POINT ? 1 : 0;
                c[4] += n.kind() == Kind.QUESTION ? 1 : 0;
                c[5] += n.kind() == Kind.ASK ? 1 : 0;
            }
        });
        return new ImportCounts(c[0], c[1], c[2], c[3], c[4], c[5]);
    }
}
