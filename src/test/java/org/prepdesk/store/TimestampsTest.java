package org.prepdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    @Test
    void readsWhatInstantWritesExactlyAsInstantParseDoes() {
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long seconds = r.nextLong(-62_000_000_000L, 253_402_300_799L); // years 0005 to 9999
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> r.nextInt(1000) * 1_000_000;
                case 2 -> r.nextInt(1_000_000) * 1000;
                default -> r.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(seconds, nanos).toString();
            assertThat(Timestamps.parseCommon(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void readsShortFractionsAsInstantParseDoes() {
        for (String text : List.of("2026-01-02T03:04:05.7Z", "2026-01-02T03:04:05.78Z", "2026-01-02T03:04:05.0001Z",
                "2024-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z")) {
            assertThat(Timestamps.parseCommon(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesEveryOtherShapeToInstantParse() {
        for (String text : List.of("2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z",
                "2026-01-01T00:60:00Z", "2026-06-30T23:59:60Z", "2026-01-01t00:00:00z", "2026-01-01T00:00:00+01:00",
                "2026-01-01T00:00Z", "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00.1234567890Z",
                "+12026-01-01T00:00:00Z", "2026-01-01T00:00:0xZ", "2026-1-01T00:00:00Z", "not a time at all!!")) {
            assertThat(Timestamps.parseCommon(text)).as(text).isNull();
        }
    }

    @Test
    void givesInstantParsesAnswerAndErrorsForTheRest() {
        assertThat(Timestamps.parse("2026-01-01T00:00:00+01:00")).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
        assertThat(Timestamps.parse("2026-01-01t00:00:00z")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThatThrownBy(() -> Timestamps.parse("2026-02-30T00:00:00Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Timestamps.parse("yesterday")).isInstanceOf(DateTimeException.class);
    }
}
