package io.builderengine.jmeter.install;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds conflicting copies of the libraries the plugin takes from JMeter's lib/ (Jackson, slf4j,
 * HttpClient) and second copies of the plugin itself, across a JMeter home's {@code lib/} and
 * {@code lib/ext/}. JMeter puts both folders in one class loader, so with two versions of a library
 * whichever comes first wins, and code built against the other fails at run time with
 * NoSuchMethodError or NoClassDefFoundError. Stateless and thread-safe.
 */
public final class LibraryConflicts {

  /** Artifacts the plugin is compiled against but does not ship (provided by JMeter's lib/). */
  static final Set<String> RELIED_ON = Set.of("jackson-core", "jackson-databind", "jackson-annotations",
      "slf4j-api", "httpclient", "httpcore");
  static final String PLUGIN_ARTIFACT = "builder-engine-jmeter-plugin";

  // name-1.2.3.jar, name-1.2.3-SNAPSHOT.jar: the version starts at the first "-<digit>".
  private static final Pattern JAR_NAME = Pattern.compile("(.+?)-(\\d[^/]*)\\.jar");

  private LibraryConflicts() {
  }

  /**
   * One conflict: an artifact found in more than one jar.
   *
   * @param artifact e.g. {@code jackson-databind}
   * @param jars the jars holding it, relative to the JMeter home, e.g. {@code lib/ext/jackson-databind-2.13.0.jar}
   */
  public record Conflict(String artifact, List<String> jars) {

    /** One line that names the jars and what to do. */
    public String describe() {
      return "Builder Engine: " + jars.size() + " copies of " + artifact + " in JMeter's lib: "
          + String.join(", ", jars) + ". JMeter loads lib/ and lib/ext/ in one class loader, so one copy"
          + " hides the other and code built for it can fail with NoSuchMethodError; keep only "
          + (artifact.equals(PLUGIN_ARTIFACT) ? "the newest plugin jar in lib/ext/" : "the one in lib/ (JMeter's own)")
          + " and remove the others.";
    }
  }

  /** The conflicts in {@code jmeterHome}'s lib/ and lib/ext/, by artifact name; empty when there is none. */
  public static List<Conflict> find(Path jmeterHome) throws IOException {
    Map<String, List<String>> jarsByArtifact = new TreeMap<>();
    for (String folder : List.of("lib", "lib/ext")) {
      Path directory = jmeterHome.resolve(folder);
      if (!Files.isDirectory(directory)) {
        continue;
      }
      try (DirectoryStream<Path> jars = Files.newDirectoryStream(directory, "*.jar")) {
        for (Path jar : jars) {
          String fileName = jar.getFileName().toString();
          artifactOf(fileName).filter(name -> RELIED_ON.contains(name) || name.equals(PLUGIN_ARTIFACT))
              .ifPresent(name -> jarsByArtifact.computeIfAbsent(name, key -> new ArrayList<>())
                  .add(folder + "/" + fileName));
        }
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    jarsByArtifact.forEach((artifact, jars) -> {
      if (jars.size() > 1) {
        jars.sort(null);
        conflicts.add(new Conflict(artifact, List.copyOf(jars)));
      }
    });
    return conflicts;
  }

  /** {@code jackson-databind-2.16.1.jar} -> {@code jackson-databind}; empty for a name without a version. */
  static Optional<String> artifactOf(String jarFileName) {
    Matcher matcher = JAR_NAME.matcher(jarFileName);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
