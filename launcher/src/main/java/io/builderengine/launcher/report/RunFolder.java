package io.builderengine.launcher.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A launch's own folder when --output does not name one: {@code <output.directory>/<UTC time>}, with a
 * -2, -3 ... suffix when that is taken.
 */
public final class RunFolder {

  /** As the SLO listener names a run's folder. */
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final int MAX_ATTEMPTS = 100;

  private RunFolder() {
  }

  public static Path create(Path outputDirectory, Instant startedAt) throws IOException {
    Files.createDirectories(outputDirectory);
    String name = NAME.format(startedAt);
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Path folder = outputDirectory.resolve(attempt == 1 ? name : name + "-" + attempt);
      try {
        return Files.createDirectory(folder);
      } catch (FileAlreadyExistsException taken) {
        // another run started in the same second
      }
    }
    throw new IOException("no free folder name for " + name + " in " + outputDirectory);
  }
}
