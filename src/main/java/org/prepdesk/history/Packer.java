package org.prepdesk.history;

import java.io.File;
import org.eclipse.jgit.api.Git;

/**
 * Packs the repository once enough loose objects piled up: each commit of a 10,000-note workspace
 * writes a new 450 KB tree of notes/, which a pack stores as a small delta. Estimates the loose
 * objects as Git's own {@code gc --auto} does, from one of the 256 object folders. Stateless.
 */
final class Packer {
    /** About 100 commits of one note each (four objects a commit). */
    static final int LOOSE_LIMIT = Integer.getInteger("prepdesk.history.looseLimit", 400);

    private Packer() {
    }

    static boolean packIfLoose(Git git) {
        File sample = new File(git.getRepository().getDirectory(), "objects/17");
        String[] names = sample.list();
        int estimate = names == null ? 0 : names.length * 256;
        if (estimate <= LOOSE_LIMIT) {
            return false;
        }
        try {
            git.gc().setAggressive(false).call();
            return true;
        } catch (Exception e) {
            // packing only saves space; the next commit tries again
            System.getLogger(Packer.class.getName()).log(System.Logger.Level.DEBUG, "pack failed: " + History.describe(e));
            return false;
        }
    }
}
