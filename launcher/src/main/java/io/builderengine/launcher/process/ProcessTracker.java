package io.builderengine.launcher.process;

/** Keeps the launcher's children in view, so none outlives an interrupted launch. */
@FunctionalInterface
public interface ProcessTracker {

  void track(Process process);
}
