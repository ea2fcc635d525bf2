package io.builderengine.jmeter.listener;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Where a run's reports go: a new folder per run, named by the UTC time the run ended, under the
 * output directory; or, when a caller lays out the run's folder itself (the launcher, through
 * {@code -Jbe.summary_dir}), exactly that folder.
 *
 * <p>Immutable and thread-safe.
 *
 * @param directory the output directory, or the folder itself when {@code exact}
 * @param exact whether {@code directory} is the reports' folder rather than its parent
 */
record ReportFolder(String directory, boolean exact) {

  /** The JMeter property that names the reports' folder itself. */
  static final String EXACT_FOLDER_PROPERTY = "be.summary_dir";
  private static final DateTimeFormatter RUN_FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
      .withZone(ZoneOffset.UTC);

  ReportFolder {
    Objects.requireNonNull(directory, "directory");
  }

  /** A time-stamped folder per run under {@code outputDirectory}. */
  static ReportFolder under(String outputDirectory) {
    return new ReportFolder(outputDirectory, false);
  }

  /** {@code folder} itself. */
  static ReportFolder exactly(String folder) {
    return new ReportFolder(folder, true);
  }

  /** @param endedAt when the run ended, which names a time-stamped folder */
  Path resolve(Instant endedAt) {
    return exact ? Path.of(directory) : Path.of(directory, RUN_FOLDER.format(endedAt));
  }
}
