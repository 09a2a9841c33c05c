package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every word of an outline ends up in a section title, note title, body, cue or STAR field. The
 * words are counted here independently of the importer: runs of letters and digits, CJK
 * characters one by one, minus list markers, heading marks, the STAR labels and "Example N:" that become structure.
 */
class NothingLostTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern STRUCTURAL_PREFIX = Pattern.compile(
            "(?i)^[\\s\\-*+>_\\d.)]*(?:(?:situation|task|actions?|results?|情境|情景|背景|任务|行动|结果|成果)"
                    + "(?:\\s*[(（][^)）]*[)）]|\\s+(?:situation|task|action|result|情境|背景|任务|行动|结果))?\\s*[*_]*\\s*(?:[:：]|\\s[-–—]\\s|$)"
                    + "|(?-i:[(\\[（]?[STAR][)\\]）]?)\\s*[*_]*\\s*(?:[:：.)]|\\s[-–—]\\s|(?<=[)\\]）])|$)"
                    + "|(?:example|story|star\\s+story)\\s*#?\\s*\\d{0,3}\\s*[*_]*\\s*[:.)\\-–—])");

    private final OutlineImporter importer = new OutlineImporter();

    @ParameterizedTest
    @ValueSource(strings = {"onsite-prep-outline.txt", "northwind-loop.md", "contoso-phone-screen.txt", "quoted-labels.txt",
        "star/label-headings.md", "star/bare-labels.md", "star/bold-and-short-labels.txt", "star/bullet-stories.md",
        "star/question-headings.md", "star/question-then-story.txt", "star/full-prep.md", "competency-lists.txt"})
    void fixturesLoseNoWordAndNeedNoRescue(String name) throws Exception {
        Path file = Samples.resource(name);
        OutlinePlan plan = importer.plan(file);
        assertCovered(Files.readString(file), plan.root());
        assertThat(plan.root().allNotes()).noneMatch(n -> n.title().equals(CoverageGuard.LEFTOVER_TITLE));
    }

    @Test
    void randomOutlinesNeverThrowAndLoseNoWord() {
        Random random = new Random(20261128L);
        int rescued = 0;
        for (int i = 0; i < 400; i++) {
            String text = randomOutline(random);
            OutlinePlan plan;
            try {
                plan = importer.plan("random-" + i + ".txt", text);
            } catch (OutlineException e) {
                assertThat(text.isBlank()).as("only blank text may be refused: %s", e.getMessage()).isTrue();
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("outline " + i + " threw " + e + "\n---\n" + text, e);
            }
            assertCovered(text, plan.root());
            rescued += plan.root().notes().stream().anyMatch(n -> n.title().equals(CoverageGuard.LEFTOVER_TITLE)) ? 1 : 0;
        }
        // the safety net is for surprises, not the normal path
        assertThat(rescued).as("outlines that needed the safety net").isLessThan(20);
    }

    @Test
    void hostileBytesAreRefusedOrImportedWithoutLoss() {
        Random random = new Random(7L);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[1 + random.nextInt(400)];
            random.nextBytes(bytes);
            if (i % 2 == 0) {
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = (byte) (bytes[j] == 0 ? 'x' : bytes[j]);
                }
            }
            try {
                OutlinePlan plan = importer.plan("bytes-" + i + ".txt", bytes);
                assertCovered(new String(bytes, StandardCharsets.UTF_8), plan.root());
            } catch (OutlineException e) {
                assertThat(e.getMessage()).doesNotContain("\n").startsWith("bytes-" + i + ".txt");
            }
        }
    }

    @Test
    void deepIndentationIsReadWithoutRunningOutOfStack() {
        StringBuilder stairs = new StringBuilder();
        StringBuilder quote = new StringBuilder("\"an unclosed quote\n");
        for (int i = 0; i < 4000; i++) {
            stairs.append(" ".repeat(i)).append("Level ").append(i).append(":\n");
            quote.append("more of it ").append(i).append("\n\n");
        }
        OutlinePlan deep = importer.plan("stairs.txt", stairs.toString());
        assertCovered(stairs.toString(), deep.root());
        int[] depth = {0};
        measure(deep.root(), 1, depth);
        assertThat(depth[0]).isLessThanOrEqualTo(2 * BlockTreeBuilder.MAX_DEPTH + 1);
        assertCovered(quote.toString(), importer.plan("quote.txt", quote.toString()).root());
    }

    @Test
    void longHostileLinesAreReadQuickly() {
        String[] lines = {"? ".repeat(400_000) + "x", "# a" + " ".repeat(800_000) + "b", "\"x\": ".repeat(100_000),
            "Example 1: " + "**".repeat(200_000), "Situation: " + "a: ".repeat(200_000) + "?"};
        for (String line : lines) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> assertCovered(line, importer.plan("long.txt", line).root()));
        }
    }

    private static void measure(PlanSection s, int d, int[] max) {
        max[0] = Math.max(max[0], d);
        s.children().forEach(c -> measure(c, d + 1, max));
    }

    static void assertCovered(String input, PlanSection root) {
        Set<String> placed = new HashSet<>();
        root.forEachSection(s -> {
            placed.addAll(words(s.title()));
            s.notes().forEach(n -> placed.addAll(words(n.allText())));
        });
        List<String> lost = new ArrayList<>();
        for (String line : input.split("\\R")) {
            String text = line.replace('\uFEFF', ' ').replaceAll("^[\\s\\u00A0\\u3000]*(#+\\s+|(?:[-*+\u2022\u00B7\u25AA\u25E6\u2013]|\\d{1,3}[.)])\\s+)?", "");
            for (String w : words(STRUCTURAL_PREFIX.matcher(text).replaceFirst(""))) {
                if (!placed.contains(w)) {
                    lost.add(w + " (in: " + line.strip() + ")");
                }
            }
        }
        if (!lost.isEmpty()) {
            fail("words lost: " + lost + "\n---\n" + input);
        }
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            StringBuilder latin = new StringBuilder();
            m.group().codePoints().forEach(cp -> {
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                        || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) {
                    if (latin.length() > 0) {
                        out.add(latin.toString().toLowerCase(Locale.ROOT));
                        latin.setLength(0);
                    }
                    out.add(new String(Character.toChars(cp)));
                } else {
                    latin.appendCodePoint(cp);
                }
            });
            if (latin.length() > 0) {
                out.add(latin.toString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static final String[] WORDS = {"alpha", "Kafka", "latency", "team", "migrated", "p95", "数据", "质量",
        "可扩展性", "Ownership", "42", "naïve", "résumé", "テスト", "데이터", "🙂", "x", "I", "O(n)", "e-mail"};
    private static final String[] SHAPES = {"%s", "%s:", "\"%s\": %s", "\u201C%s\u201C: %s", "%s?", "%s? %s",
        "Example %s: %s", "Situation: %s", "Task: %s", "Action: %s", "Result: %s", "# %s", "## %s", "- %s",
        "* %s", "1. %s", "\"%s", "%s\"", "Questions for %s:", "**%s**: %s", "**Situation:** %s", "%s: %s.",
        "#####", "======", "---", "```", "Answer: %s", "(%s)", "%s ??", "> %s", "%s\t%s",
        // the STAR shapes real files use
        "Situation", "Task", "#### Action", "### Result", "**S**: %s", "T - %s", "A. %s", "(R) %s", "情境：%s",
        "行动 %s", "Learnings: %s", "traits: %s", "## Tell me about %s", "## why %s", "Successes", "## Failures",
        "Describe a time %s", "为什么%s", "The panel will be listening for:", "## What we look for", "Competencies",
        "They will want to understand your:", "A crisp answer to \"%s?\""};

    static String randomOutline(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(10) == 0) {
            b.append('\uFEFF');
        }
        String nl = r.nextInt(4) == 0 ? "\r\n" : r.nextInt(10) == 0 ? "\r" : "\n";
        int lines = r.nextInt(40);
        for (int i = 0; i < lines; i++) {
            int blanks = r.nextInt(5) == 0 ? r.nextInt(4) : 0;
            b.append((r.nextBoolean() ? "" : "   ").repeat(0).concat(nl.repeat(blanks)));
            b.append(r.nextInt(6) == 0 ? "\t" : "").append(" ".repeat(r.nextInt(4) * r.nextInt(5)));
            String shape = SHAPES[r.nextInt(SHAPES.length)];
            Object[] args = new Object[] {phrase(r), phrase(r)};
            b.append(String.format(Locale.ROOT, shape, args));
            b.append(r.nextInt(8) == 0 ? "   " : "").append(nl);
        }
        return b.toString();
    }

    private static String phrase(Random r) {
        int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 30 : 6);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : r.nextInt(12) == 0 ? ", " : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
