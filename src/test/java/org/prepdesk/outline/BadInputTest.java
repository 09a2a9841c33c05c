package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is not an outline is refused with one line; what is half an outline is imported with a warning. */
class BadInputTest {
    @TempDir
    Path dir;

    private final OutlineImporter importer = new OutlineImporter();

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertRefused(f, "empty.txt is empty");
        Files.writeString(f, "\uFEFF \r\n\t\n\n   ");
        assertRefused(f, "empty.txt is empty");
    }

    @Test
    void refusesABinaryFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRefused(Files.write(dir.resolve("photo.txt"), png), "photo.txt is a binary file");
    }

    @Test
    void refusesBytesThatAreMostlyNotText() throws Exception {
        byte[] junk = new byte[300];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (0x80 + i % 64);
        }
        assertRefused(Files.write(dir.resolve("junk.txt"), junk), "junk.txt does not look like text");
    }

    @Test
    void importsInvalidUtf8WithReplacementAndSaysSo() throws Exception {
        byte[] latin1 = "Caf\u00e9 talk:\n  \"Ownership\": I own the r\u00e9sum\u00e9 pipeline.\n".getBytes(StandardCharsets.ISO_8859_1);
        OutlinePlan plan = importer.plan(Files.write(dir.resolve("latin1.txt"), latin1));
        assertThat(plan.warnings()).singleElement().asString()
                .isEqualTo("latin1.txt is not valid UTF-8: 3 byte sequences were replaced with \uFFFD; check those places");
        assertThat(Trees.of(plan.root())).anyMatch(l -> l.contains("[talking-point] Ownership") && l.contains("r\uFFFDsum\uFFFD"));
    }

    @Test
    void refusesAFileOver20Megabytes() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(TextDecoder.MAX_BYTES + 1);
        }
        assertRefused(big, "big.txt is larger than 20 MB");
    }

    @Test
    void refusesAFolderAndAMissingFile() throws Exception {
        Files.createDirectories(dir.resolve("notes"));
        assertRefused(dir.resolve("notes"), "notes is a folder, not a file");
        assertRefused(dir.resolve("nope.txt"), "no such file: ");
    }

    @Test
    void refusesUtf16WithAHint() throws Exception {
        byte[] utf16 = "\uFEFFTopic:\n  Point\n".getBytes(StandardCharsets.UTF_16LE);
        assertRefused(Files.write(dir.resolve("word.txt"), utf16), "word.txt looks like UTF-16 text");
    }

    private void assertRefused(Path f, String start) {
        assertThatThrownBy(() -> importer.plan(f)).isInstanceOf(OutlineException.class)
                .hasMessageStartingWith(start).message().doesNotContain("\n");
    }
}
