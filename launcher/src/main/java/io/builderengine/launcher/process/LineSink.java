package io.builderengine.launcher.process;

/** Where a child's console lines go (the launcher's console, prefixed or not). Thread-safe. */
@FunctionalInterface
public interface LineSink {

  void line(String line);
}
