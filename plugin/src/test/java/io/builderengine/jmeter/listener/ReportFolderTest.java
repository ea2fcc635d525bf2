package io.builderengine.jmeter.listener;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportFolderTest {

  private static final Instant ENDED_AT = Instant.parse("2026-11-26T02:30:12.345Z");

  @Test
  void aFolderPerRunUnderTheOutputDirectoryNamedByTheUtcEndTime() {
    assertThat(ReportFolder.under("load_test_results").resolve(ENDED_AT))
        .isEqualTo(Path.of("load_test_results", "20261126-023012"));
  }

  @Test
  void anExactFolderIsTakenAsItIs() {
    assertThat(ReportFolder.exactly("/tmp/run/api").resolve(ENDED_AT)).isEqualTo(Path.of("/tmp/run/api"));
  }
}
