package io.builderengine.launcher.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts children in a session of their own ({@code setsid}), so a Ctrl-C in the terminal reaches
 * the launcher alone: the launcher then stops JMeter gracefully and the simulator last, instead of
 * every process dying at once with no reports. {@code --wait} keeps the process the launcher watches
 * the child itself, should setsid have to fork. Where there is no setsid (macOS), children start as
 * they are and a terminal's Ctrl-C reaches them too.
 */
final class DetachedCommand {

  private static final Optional<Path> SETSID = findOnPath("setsid");

  private DetachedCommand() {
  }

  static List<String> of(List<String> command) {
    if (SETSID.isEmpty()) {
      return List.copyOf(command);
    }
    List<String> detached = new ArrayList<>(List.of(SETSID.get().toString(), "--wait"));
    detached.addAll(command);
    return detached;
  }

  private static Optional<Path> findOnPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String directory : path.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
