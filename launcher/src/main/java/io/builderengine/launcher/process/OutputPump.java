package io.builderengine.launcher.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies a child's output, line by line, into a file and to a {@link LineSink}, on a thread of its
 * own until the child closes it.
 */
final class OutputPump {

  private final Thread thread;

  private OutputPump(Thread thread) {
    this.thread = thread;
  }

  static OutputPump start(InputStream output, Path file, LineSink sink, String threadName) {
    Thread thread = new Thread(() -> copy(output, file, sink), threadName);
    thread.setDaemon(true);
    thread.start();
    return new OutputPump(thread);
  }

  /** Waits until the child's last line is copied (the child has exited and closed its output). */
  void awaitEnd(long timeoutMillis) throws InterruptedException {
    thread.join(timeoutMillis);
  }

  private static void copy(InputStream output, Path file, LineSink sink) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        writer.write(line);
        writer.write(System.lineSeparator());
        writer.flush();
        sink.line(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy a child's output to " + file, e);
    }
  }
}
