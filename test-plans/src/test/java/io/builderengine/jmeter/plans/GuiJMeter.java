package io.builderengine.jmeter.plans;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the real JMeter 5.6.3 GUI ({@code java -jar ApacheJMeter-5.6.3.jar}, without -n) on an X
 * display, on the JMeter home that jmeter-maven-plugin built (our plugin in its lib/ext), with
 * {@link GuiScreenshotTour} as its start-up script; waits for the tour to exit JMeter and kills JMeter
 * if it has not within the timeout. Everything it writes goes under one folder.
 */
final class GuiJMeter {

  /** What one GUI session left: the tour's report lines (tab-separated fields), JMeter's log and console. */
  record Run(boolean exitedInTime, Path folder, Path log, Path stdout, Path stderr, List<List<String>> report) {

    List<List<String>> lines(String kind) {
      return report.stream().filter(line -> line.get(0).equals(kind)).toList();
    }
  }

  private GuiJMeter() {
  }

  /** @param tourProperties {@link GuiScreenshotTour}'s -J properties: the plan to open or the classes to add */
  static Run run(XvfbDisplay display, Map<String, String> tourProperties, Path folder, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path home = HeadlessJMeter.jmeterHome();
    deleteRecursively(folder); // nothing of an earlier run (a report, a picture) may pass for this one's
    Files.createDirectories(folder);
    Path log = folder.resolve("jmeter.log");
    Path stdout = folder.resolve("stdout.txt");
    Path stderr = folder.resolve("stderr.txt");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // A short-lived JVM: the C1 compiler alone starts JMeter's GUI sooner.
        "-XX:TieredStopAtLevel=1",
        // Grey-scale antialiased text, the same on every machine (and Darklaf's console warning silenced).
        "-Dawt.useSystemAAFontSettings=on",
        // JMeter keeps its recent files in the user's preferences: keep them in this folder.
        "-Djava.util.prefs.userRoot=" + folder.resolve("prefs").toAbsolutePath(),
        "-jar", home.resolve("bin/ApacheJMeter-5.6.3.jar").toString(),
        "-j", log.toAbsolutePath().toString(),
        "-Juser.classpath=" + testClasses(),
        "-Jjsr223.init.file=" + tourScript(),
        "-J" + GuiScreenshotTour.OUTPUT_PROPERTY + "=" + folder.toAbsolutePath(),
        // The tour gives up a little before this process is killed, so that its report says where it was.
        "-J" + GuiScreenshotTour.TIMEOUT_PROPERTY + "=" + Math.max(5, timeoutSeconds - 10)));
    tourProperties.forEach((name, value) -> command.add("-J" + name + "=" + value));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(home.resolve("bin").toFile())
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile());
    builder.environment().put("DISPLAY", display.display());
    Process jmeter = builder.start();
    boolean exitedInTime;
    try {
      exitedInTime = jmeter.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    } finally {
      jmeter.descendants().forEach(ProcessHandle::destroyForcibly);
      jmeter.destroyForcibly();
      jmeter.waitFor(5, TimeUnit.SECONDS);
    }
    Path report = folder.resolve(GuiScreenshotTour.REPORT_FILE);
    List<List<String>> lines = new ArrayList<>();
    if (Files.isRegularFile(report)) {
      for (String line : Files.readAllLines(report)) {
        lines.add(List.of(line.split("\t", -1)));
      }
    }
    return new Run(exitedInTime, folder, log, stdout, stderr, lines);
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Where this class was compiled to: JMeter loads the tour from there. */
  private static Path testClasses() {
    try {
      return Path.of(GuiScreenshotTour.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path tourScript() {
    try {
      return Path.of(GuiJMeter.class.getResource("gui-screenshots.groovy").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
