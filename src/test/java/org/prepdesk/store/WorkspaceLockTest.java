package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessCannotOpenForWritingWhileAnotherHoldsTheLock() throws Exception {
        Workspace.create(dir, "locked").close();
        try (ChildJvm child = ChildJvm.start(LockHolderMain.class, dir.toString(), "window")) {
            child.expectLine("locked");
            assertThat(WorkspaceLock.isHeld(dir)).isTrue();
            assertThatThrownBy(() -> Workspace.open(dir, Workspace.Access.WRITE)).isInstanceOfSatisfying(
                    StoreException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StoreException.Reason.LOCKED);
                        assertThat(e.getMessage()).isEqualTo("the workspace is open in a PrepDesk window; close it and try again");
                    });
            // readers still work while it is held
            try (Workspace reader = Workspace.open(dir, Workspace.Access.READ)) {
                assertThat(reader.problems()).isEmpty();
            }
        }
        // the lock goes with the process
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            assertThat(ws.isReadOnly()).isFalse();
        }
    }

    @Test
    void aKilledHolderLeavesNoStaleLock() throws Exception {
        Workspace.create(dir, "killed").close();
        ChildJvm child = ChildJvm.start(LockHolderMain.class, dir.toString());
        child.expectLine("locked");
        child.process().destroyForcibly().waitFor();
        child.close();
        try (Workspace ws = Workspace.open(dir, Workspace.Access.WRITE)) {
            assertThat(ws.isReadOnly()).isFalse();
        }
    }

    @Test
    void aSecondWriterInTheSameJvmIsRefusedAndTheFirstKeepsItsLock() {
        try (Workspace first = Workspace.create(dir, "same")) {
            assertThatThrownBy(() -> Workspace.open(dir, Workspace.Access.WRITE)).isInstanceOfSatisfying(
                    StoreException.class, e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.LOCKED));
            assertThatThrownBy(() -> Workspace.open(dir.resolve("."), Workspace.Access.WRITE))
                    .isInstanceOf(StoreException.class);
            // the refused attempt must not have released the first writer's OS lock
            assertThat(WorkspaceLock.isHeld(dir)).isTrue();
            first.createSection(null, "Still writable");
        }
        assertThat(WorkspaceLock.isHeld(dir)).isFalse();
    }

    @Test
    void theSameJvmRefusalDoesNotLetAnotherProcessIn() throws Exception {
        try (Workspace first = Workspace.create(dir, "same")) {
            assertThatThrownBy(() -> Workspace.open(dir, Workspace.Access.WRITE)).isInstanceOf(StoreException.class);
            ChildJvm child = ChildJvm.start(LockHolderMain.class, dir.toString());
            String line = child.readLine();
            child.close();
            assertThat(line).as("the child must not get the lock").isNull();
            assertThat(child.process().exitValue()).isNotZero();
        }
    }
}
