package org.prepdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The build resource is filled in by Maven: a real version, a build and a date. */
class BuildInfoTest {
    @Test
    void theVersionAndBuildComeFromTheFilteredResource() {
        BuildInfo b = BuildInfo.current();
        assertThat(b.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(b.commit()).isNotBlank().doesNotStartWith("${");
        assertThat(b.date()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(b.describe()).isEqualTo("PrepDesk " + b.version() + " (build " + b.commit() + ", " + b.date() + ")");
    }
}
