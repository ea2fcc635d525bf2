package io.builderengine.jmeter.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the YAML file a plan names. An absolute path is taken as it is. A relative one is looked up
 * in the working directory, then beside the plan, then in the folder above the plan: so the shipped
 * {@code test-plans/*.jmx} find {@code profiles/config.yaml} whether JMeter runs from the checkout,
 * from {@code test-plans/} or from JMeter's {@code bin/}.
 */
final class ConfigFileLocator {

  private ConfigFileLocator() {
  }

  /**
   * @param configured the path as the user wrote it
   * @param planDirectory the folder of the running .jmx, or null when unknown
   * @return the first existing candidate, or the path as written (the loader then says it is missing)
   */
  static Path locate(String configured, Path planDirectory) {
    Path path = Path.of(configured);
    if (path.isAbsolute()) {
      return path;
    }
    for (Path candidate : candidates(path, planDirectory)) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return path;
  }

  private static List<Path> candidates(Path relative, Path planDirectory) {
    Set<Path> candidates = new LinkedHashSet<>();
    candidates.add(relative);
    if (planDirectory != null) {
      candidates.add(planDirectory.resolve(relative).normalize());
      Path parent = planDirectory.toAbsolutePath().getParent();
      if (parent != null) {
        candidates.add(parent.resolve(relative).normalize());
      }
    }
    return new ArrayList<>(candidates);
  }
}
