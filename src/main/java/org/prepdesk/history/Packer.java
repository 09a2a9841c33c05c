package org.prepdesk.history;

import java.io.File;
import org.eclipse.jgit.api.Git;

/**
 * Packs the repository once enough loose objects piled up: each commit of a 10,000-note workspace
 * writes a new 450 KB tree of notes/, which a pack stores as a small delta. Estimates the loose
 * objects as Git's own {@code gc --auto} does, from a sample of the 256 object folders (16 of them:
 * one alone is too coarse at a few hundred objects). Stateless.
 */
final class Packer {
    /** About 100 commits of one note each (four objects a commit). */
    static final int LOOSE_LIMIT = Integer.getInteger("prepdesk.history.looseLimit", 400);

    private Packer() {
    }

    static boolean packIfLoose(Git git) {
        int sampled = 0;
        for (int i = 0; i < 16; i++) {
            String[] names = new File(git.getRepository().getDirectory(), String.format("objects/%02x", i * 16 + 7)).list();
            sampled += names == null ? 0 : names.length;
        }
        int estimate = sampled * 16;
        if (estimate <= LOOSE_LIMIT) {
            return false;
        }
        try {
            // the packs a repack replaces go at once (Git keeps them an hour by default): only this
            // process, holding the workspace lock, uses the repository
            git.getRepository().getConfig().setString("gc", null, "prunePackExpire", "now");
            git.gc().setAggressive(false).call();
            return true;
        } catch (Exception e) {
            // packing only saves space; the next commit tries again
            System.getLogger(Packer.class.getName()).log(System.Logger.Level.DEBUG, "pack failed: " + History.describe(e));
            return false;
        }
    }
}
