package io.builderengine.launcher.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the complete lines of a CSV result file (results.jtl) that a killed JMeter left behind, but
 * the header: one per sample, unless a response message holds a line break. A last line without its
 * newline was cut by the kill and is not counted.
 */
final class ResultFileLines {

  private ResultFileLines() {
  }

  /** @return 0 when the file does not exist (JMeter was killed before its first write) */
  static long completeLines(Path resultFile) throws IOException {
    if (!Files.exists(resultFile)) {
      return 0;
    }
    long lines = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(resultFile)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return Math.max(0, lines - 1);
  }
}
