package org.prepdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prepdesk.ui.WindowTestSupport.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prepdesk.PrepDesk;
import org.prepdesk.store.FileOps;
import org.prepdesk.store.Workspace;
import org.prepdesk.store.WorkspaceLock;
import org.prepdesk.ui.workspaces.RecentWorkspaces;

/**
 * The window's workspaces as a person meets them: the welcome view's three ways in, File › New /
 * Open / Open recent, the last workspace reopened on the next start, and switching in one window
 * letting go of the workspace it leaves. Real folders, its own preferences node, a home of its own.
 */
@Tag("gui")
class WorkspaceSwitcherWindowTest {
    @TempDir
    Path tmp;
    private Path home;
    private Path sample;
    private Preferences prefsRoot;
    private Robot robot;
    private FrameFixture window;
    private WorkspaceSwitcher switcher;
    private final Deque<Path> picks = new ArrayDeque<>();
    private final List<Integer> exits = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        WindowTestSupport.assumeDisplay();
        home = Files.createDirectories(tmp.resolve("home"));
        sample = copyOfTheSample(tmp.resolve("app/sample"));
        prefsRoot = Preferences.userRoot().node("prepdesk-test/" + UUID.randomUUID());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (switcher != null && GuiActionRunner.execute(() -> switcher.current()) != null) {
            GuiActionRunner.execute(() -> switcher.quit());
            waitUntil("closed", () -> !exits.isEmpty());
        }
        if (robot != null) {
            robot.cleanUp();
        }
        if (prefsRoot != null) {
            prefsRoot.removeNode();
        }
    }

    private WorkspaceSwitcher.Setup setup() {
        WindowLauncher.Host host = WindowLauncher.Host.of(line -> { }, line -> { }, exits::add);
        return new WorkspaceSwitcher.Setup(prefsRoot, home, sample, null,
                (owner, title, start) -> Optional.ofNullable(picks.poll()), OutlineImport.OUTLINES, host);
    }

    private void showWelcome() {
        switcher = GuiActionRunner.execute(() -> {
            MainWindow frame = new MainWindow("PrepDesk", null);
            WorkspaceSwitcher s = new WorkspaceSwitcher(frame, setup());
            s.showWelcome();
            frame.showNow(line -> { });
            return s;
        });
        window = WindowFinder.findFrame("workbench").using(robot);
    }

    private Path openRoot() {
        return GuiActionRunner.execute(() -> switcher.current() == null ? null : switcher.current().workspace().root());
    }

    private void waitForWorkspace(Path dir) {
        Path want = dir.toAbsolutePath().normalize();
        waitUntil("workspace " + dir.getFileName() + " open", () -> want.equals(openRoot())
                && GuiActionRunner.execute(() -> switcher.current().search.isReady()));
    }

    @Test
    void theWelcomeViewsNewWorkspaceMakesAnEmptyOneInPrepDeskUnderHome() {
        showWelcome();
        window.panel("welcome").requireVisible();
        window.button("welcomeNew").click();
        DialogFixture ask = WindowFinder.findDialog("newWorkspace").using(robot);
        assertThat(ask.textBox("newWorkspaceFolder").text()).isEqualTo(home.resolve("PrepDesk").toString());
        ask.button("newWorkspaceCreate").click();

        waitForWorkspace(home.resolve("PrepDesk"));
        assertThat(home.resolve("PrepDesk/prepdesk.json")).exists();
        assertThat(GuiActionRunner.execute(() -> switcher.current().workspace().noteCount())).isZero();
        assertThat(new RecentWorkspaces(prefsRoot.node("recent")).last()).contains(home.resolve("PrepDesk"));
        // a new workspace keeps history, as `init` does (the temporary folder is in no other repository)
        assertThat(org.prepdesk.history.History.place(home.resolve("PrepDesk")).isOn()).isTrue();
        assertThat(home.resolve("PrepDesk/.git")).isDirectory();
    }

    @Test
    void theWelcomeViewsOpenAFolderOffersToMakeAFolderOfNotesAWorkspaceAndImportThem() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("my notes"));
        String outline = "Behavioral\n  Conflict with a peer\n    Situation: two teams wanted one release slot.\n"
                + "Questions for them\n  How is on-call shared?\n";
        Files.writeString(folder.resolve("prep.txt"), outline);
        showWelcome();
        picks.add(folder);
        window.button("welcomeOpen").click();
        window.optionPane().buttonWithText("Make it a workspace and import 1 file").click();

        waitForWorkspace(folder);
        assertThat(folder.resolve("prepdesk.json")).exists();
        assertThat(GuiActionRunner.execute(() -> switcher.current().workspace().noteCount())).isPositive();
        assertThat(Files.readString(folder.resolve("prep.txt"))).as("the imported file is left as it was").isEqualTo(outline);
    }

    @Test
    void theWelcomeViewsSampleIsCopiedToTheHomeFolderAndTheCopyOpens() throws IOException {
        showWelcome();
        window.button("welcomeSample").click();

        Path copy = home.resolve("PrepDesk Sample");
        waitForWorkspace(copy);
        assertThat(GuiActionRunner.execute(() -> switcher.current().workspace().noteCount()))
                .isEqualTo(countNotes(sample)).isPositive();
        assertThat(sample.resolve(".prepdesk")).as("the packaged sample is never written").doesNotExist();
    }

    @Test
    void switchingWorkspacesReleasesTheLockAndOpenRecentGoesBack() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Workspace.create(a, "Alpha").close();
        Workspace.create(b, "Beta").close();
        showWelcome();
        picks.add(a);
        window.menuItemWithPath("File", "Open workspace…").click();
        waitForWorkspace(a);
        assertThat(WorkspaceLock.isHeld(a)).isTrue();
        assertThat(window.target().getTitle()).isEqualTo("PrepDesk — Alpha");

        picks.add(b);
        window.menuItemWithPath("File", "Open workspace…").click();
        waitForWorkspace(b);
        assertThat(WorkspaceLock.isHeld(a)).as("a released").isFalse();
        assertThat(WorkspaceLock.isHeld(b)).isTrue();
        assertThat(cli("add", "--workspace", a.toString(), "--section", "Later", "--kind", "note", "--title",
                "Written from a shell")).as("a command may write to the workspace left behind").isZero();

        window.menuItemWithPath("File", "Open recent").click();
        window.menuItem("recent:a").click();
        waitForWorkspace(a);
        assertThat(WorkspaceLock.isHeld(b)).isFalse();
        assertThat(GuiActionRunner.execute(() -> switcher.current().workspace().notes().stream()
                .anyMatch(n -> n.title().equals("Written from a shell")))).isTrue();
        assertThat(new RecentWorkspaces(prefsRoot.node("recent")).list())
                .containsExactly(a.toAbsolutePath().normalize(), b.toAbsolutePath().normalize());
    }

    @Test
    void aWorkspaceHeldByAnotherWindowIsNamedAndTheCurrentOneStaysOpen() throws Exception {
        Path a = tmp.resolve("a");
        Path held = tmp.resolve("held");
        Workspace.create(a, "Alpha").close();
        Workspace.create(held, "Held").close();
        showWelcome();
        GuiActionRunner.execute(() -> switcher.open(a, false));
        waitForWorkspace(a);
        try (Workspace other = Workspace.open(held, Workspace.Access.WRITE, FileOps.DISK, Clock.systemUTC(), "window")) {
            picks.add(held);
            window.menuItemWithPath("File", "Open workspace…").click();
            window.optionPane().requireMessage(held.toAbsolutePath().normalize()
                    + " is open in another PrepDesk window: use that window.").okButton().click();
            assertThat(openRoot()).isEqualTo(a.toAbsolutePath().normalize());
            assertThat(WorkspaceLock.isHeld(a)).isTrue();
        }
    }

    @Test
    void theLastWorkspaceIsReopenedOnTheNextStart() throws Exception {
        Path a = tmp.resolve("a");
        Workspace.create(a, "Alpha").close();
        new RecentWorkspaces(prefsRoot.node("recent")).add(a);
        String before = System.getProperty("prepdesk.prefsNode");
        System.setProperty("prepdesk.prefsNode", prefsRoot.absolutePath().substring(1));
        try {
            WindowLauncher.Host host = WindowLauncher.Host.of(line -> { }, line -> { }, exits::add);
            assertThat(WindowLauncher.open(null, host, OutlineImport.OUTLINES)).isEqualTo(WindowLauncher.RUNNING);
            window = WindowFinder.findFrame("workbench").using(robot);
            waitUntil("reopened", () -> WorkspaceLock.isHeld(a) && window.target().getTitle().equals("PrepDesk — Alpha"));
            window.close();
            waitUntil("closed", () -> exits.contains(0));
            assertThat(WorkspaceLock.isHeld(a)).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty("prepdesk.prefsNode");
            } else {
                System.setProperty("prepdesk.prefsNode", before);
            }
        }
    }

    private static int cli(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), PrepDesk.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isNotBlank();
        return p.exitValue();
    }

    private static Path copyOfTheSample(Path dest) throws IOException {
        Path src = Path.of("workspace");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.filter(p -> !src.relativize(p).startsWith(".prepdesk")).toList()) {
                Path to = dest.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dest;
    }

    private static long countNotes(Path ws) throws IOException {
        try (Stream<Path> s = Files.list(ws.resolve("notes"))) {
            return s.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}
