package org.prepdesk.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.prepdesk.model.Kind;

/**
 * Labels quoted the ways Word and Google Docs paste them: the label without its quote marks is a
 * talking point's title, the quoted words are its cues, the text after the colon is its body.
 */
class QuotedLabelTest {
    private final OutlineImporter importer = new OutlineImporter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Careful "Retry and Backoff": Implementing backoff with jitter. | Careful Retry and Backoff | Retry and Backoff | Implementing backoff with jitter.
            "Sharding" and Replication: Using consistent hashing.          | Sharding and Replication  | Sharding          | Using consistent hashing.
            Weekly "Capacity Reviews": Checking headroom early.            | Weekly Capacity Reviews   | Capacity Reviews  | Checking headroom early.
            \u201CRate Limiting\u201C Strategies: Implementing token buckets. | Rate Limiting Strategies | Rate Limiting  | Implementing token buckets.
            Zero-Downtime \u201CBlue-Green Deploys\u201C: Two fleets.       | Zero-Downtime Blue-Green Deploys | Blue-Green Deploys | Two fleets.
            \u201DBulkhead\u201D Isolation: Separate thread pools.          | Bulkhead Isolation        | Bulkhead          | Separate thread pools.
            Gradual \u201ESchema\u201C Migrations: Expand, then contract.  | Gradual Schema Migrations | Schema            | Expand, then contract.
            \u00ABChaos\u00BB Game Days \u2013 Breaking one thing on purpose. | Chaos Game Days        | Chaos             | Breaking one thing on purpose.
            \u300C\u9650\u6D41\u300D\u7B56\u7565: \u6309\u79DF\u6237\u9650\u6D41\u3002 | \u9650\u6D41\u7B56\u7565 | \u9650\u6D41 | \u6309\u79DF\u6237\u9650\u6D41\u3002
            \u300CLoad Shedding\u300D: Dropping the lowest priority first.  | Load Shedding             | Load Shedding     | Dropping the lowest priority first.
            **Careful "Retry"**: Backoff with jitter.                       | Careful Retry             | Retry             | Backoff with jitter.
            """)
    void aQuotedLabelIsATalkingPointTitledByItsLabelWithTheQuotedWordsAsCues(String line, String title, String cue,
            String body) {
        PlanSection topics = Trees.section(importer.plan("q.txt", "Topics\n\n    " + line + "\n").root(), "Topics");
        assertThat(topics.notes()).hasSize(1);
        PlanNote note = topics.notes().get(0);
        assertThat(note.kind()).isEqualTo(Kind.TALKING_POINT);
        assertThat(note.title()).isEqualTo(title);
        assertThat(note.cues()).containsExactly(cue);
        assertThat(note.body()).isEqualTo(body);
    }

    @Test
    void aSentenceThatQuotesSomeoneIsNotALabel() {
        PlanNote note = importer.plan("q.txt", "I told them \"not yet\": the data was not ready.\n").root().notes().get(0);
        assertThat(note.kind()).isEqualTo(Kind.NOTE);
        assertThat(note.cues()).isEmpty();
    }

    @Test
    void aLabelWithTwoQuotedPartsHasTwoCues() {
        PlanNote note = importer.plan("q.txt", "\"Reads\" versus \"Writes\": Split the paths.\n").root().notes().get(0);
        assertThat(note.title()).isEqualTo("Reads versus Writes");
        assertThat(note.cues()).containsExactly("Reads", "Writes");
    }

    @Test
    void theFixtureOfEveryPatternHasNoStrayQuoteInATitleAndLosesNoWord() throws Exception {
        OutlinePlan plan = importer.plan(Samples.resource("quoted-labels.txt"));
        List<PlanNote> notes = Trees.section(plan.root(), "Resilience Topics").notes();
        assertThat(notes).hasSize(13).allMatch(n -> n.kind() == Kind.TALKING_POINT && !n.cues().isEmpty());
        assertThat(notes).extracting(PlanNote::title).noneMatch(t -> t.matches(".*[\"\u201C\u201D\u201E\u00AB\u00BB\u300C\u300D].*"))
                .contains("Careful Retry and Backoff", "Sharding and Replication", "Weekly Capacity Reviews",
                        "Rate Limiting Strategies", "Blue-Green Deploys", "Circuit Breakers", "Bulkhead Isolation",
                        "Feature Flags", "Gradual Schema Migrations", "Canary Releases", "Chaos Game Days",
                        "\u9650\u6D41\u7B56\u7565", "Load Shedding");
        assertThat(plan.warnings()).isEmpty();
        NothingLostTest.assertCovered(Files.readString(Samples.resource("quoted-labels.txt")), plan.root());
    }
}
