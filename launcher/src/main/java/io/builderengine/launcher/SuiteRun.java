package io.builderengine.launcher;

import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.config.model.UrlRedaction;
import io.builderengine.launcher.process.Interruption;
import io.builderengine.launcher.process.JMeterProcess;
import io.builderengine.launcher.process.SimulatorProcess;
import io.builderengine.launcher.report.CombinedSummary;
import io.builderengine.launcher.report.LaunchReport;
import io.builderengine.launcher.report.ResolvedConfigWriter;
import io.builderengine.launcher.report.RunFolder;
import io.builderengine.launcher.report.ScenarioResult;
import io.builderengine.launcher.report.SummaryReader;
import io.builderengine.launcher.report.VerdictLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs a checked launch: the run's folder, the simulator when it is the target, one JMeter per
 * scenario (one after another, or all at once with --parallel), the combined summary for
 * {@code all}, the verdict lines, and the exit status. Ctrl-C stops JMeter gracefully
 * ({@link Interruption}); the simulator is stopped last, whatever happened.
 */
final class SuiteRun {

  private static final String RULE = "=".repeat(60);
  /** The simulator stops itself this long after the planned end, should the launcher die without a word. */
  private static final long SIMULATOR_LIFETIME_MARGIN_SECONDS = 900;

  private final LaunchPlan plan;
  private final Map<String, String> environment;
  private final Console console;
  private final List<String> jmeterJvmOptions;
  private final Clock clock;

  SuiteRun(LaunchPlan plan, Map<String, String> environment, Console console, List<String> jmeterJvmOptions, Clock clock) {
    this.plan = plan;
    this.environment = environment;
    this.console = console;
    this.jmeterJvmOptions = List.copyOf(jmeterJvmOptions);
    this.clock = clock;
  }

  int execute() throws LaunchException {
    Instant startedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Path runFolder;
    try {
      runFolder = plan.exactOutput() ? Files.createDirectories(plan.outputDirectory())
          : RunFolder.create(plan.outputDirectory(), startedAt);
    } catch (IOException e) {
      throw new LaunchException("--output " + plan.outputDirectory() + ": cannot create the results folder (" + e + ")", e);
    }
    Interruption interruption = new Interruption(console.stream());
    interruption.install();
    SimulatorProcess simulator = null;
    try {
      String simulatorUrl = null;
      if (plan.startSimulator()) {
        console.progress("be-loadtest: no --base-url, and the config's target is the default "
            + LaunchPlanner.DEFAULT_TARGET + ": starting the bundled simulator");
        simulator = SimulatorProcess.start(plan.layout().simulatorJar(), runFolder,
            ScenarioRuns.plannedSeconds(plan, environment) + SIMULATOR_LIFETIME_MARGIN_SECONDS, interruption);
        simulatorUrl = simulator.baseUrl();
        console.progress("be-loadtest: simulator ready at " + simulatorUrl + " (log: " + runFolder.resolve("simulator.log") + ")");
      }
      List<ScenarioRun> runs = new ArrayList<>();
      for (Scenario scenario : plan.scenarios()) {
        runs.add(ScenarioRuns.of(plan, scenario, runFolder, simulatorUrl, environment));
      }
      printConfiguration(runs, runFolder);
      for (ScenarioRun run : runs) {
        ResolvedConfigWriter.write(run, plan.jmeter());
      }
      List<ScenarioResult> results = plan.parallel() && runs.size() > 1 ? inParallel(runs, interruption)
          : oneAfterAnother(runs, interruption);
      RunSettings first = runs.get(0).settings();
      LaunchReport report = new LaunchReport(plan.test(), plan.parallel(), interruption.interrupted(),
          UrlRedaction.redact(first.baseUrl()), simulatorUrl != null, plan.overrides().get("profile"), startedAt,
          clock.instant().truncatedTo(ChronoUnit.SECONDS), results);
      if (plan.combined()) {
        CombinedSummary.write(runFolder, report);
      }
      printSummary(report, runFolder);
      if (interruption.interrupted()) {
        return ExitStatus.INTERRUPTED;
      }
      return switch (report.outcome()) {
        case PASS -> ExitStatus.PASSED;
        case INCONCLUSIVE -> ExitStatus.INCONCLUSIVE;
        default -> ExitStatus.FAILED;
      };
    } catch (IOException e) {
      console.always("be-loadtest: " + e.getMessage());
      return ExitStatus.FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitStatus.INTERRUPTED;
    } finally {
      stop(simulator);
      interruption.finished();
    }
  }

  private List<ScenarioResult> oneAfterAnother(List<ScenarioRun> runs, Interruption interruption)
      throws InterruptedException {
    List<ScenarioResult> results = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      ScenarioRun run = runs.get(i);
      if (interruption.interrupted()) {
        results.add(ScenarioResult.notRun(run.scenario().label(), run.folder()));
        continue;
      }
      if (runs.size() > 1) {
        console.progress("");
        console.progress(RULE);
        console.progress("Starting test " + (i + 1) + "/" + runs.size() + ": " + run.scenario().label());
        console.progress(RULE);
      }
      results.add(runOne(run, interruption));
    }
    return results;
  }

  private List<ScenarioResult> inParallel(List<ScenarioRun> runs, Interruption interruption)
      throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(runs.size());
    try {
      List<Future<ScenarioResult>> futures = new ArrayList<>();
      for (ScenarioRun run : runs) {
        futures.add(threads.submit(() -> runOne(run, interruption)));
      }
      List<ScenarioResult> results = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          ScenarioRun run = runs.get(i);
          results.add(ScenarioResult.error(run.scenario().label(), run.folder(), "the launcher failed: " + e.getCause()));
        }
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  private ScenarioResult runOne(ScenarioRun run, Interruption interruption) throws InterruptedException {
    String name = run.scenario().label();
    if (interruption.interrupted()) {
      return ScenarioResult.notRun(name, run.folder());
    }
    String prefix = plan.combined() ? "[" + name + "] " : "";
    JMeterProcess jmeter;
    try {
      jmeter = JMeterProcess.start(plan.jmeter(), run, plan.childEnvironment(environment), jmeterJvmOptions,
          console.progressOf(prefix));
    } catch (IOException e) {
      return ScenarioResult.error(name, run.folder(), "JMeter could not start: " + e.getMessage());
    }
    int status;
    interruption.running(jmeter);
    try {
      status = jmeter.awaitExit();
    } finally {
      interruption.ended(jmeter);
    }
    ScenarioResult result = SummaryReader.read(name, run.folder(), status);
    console.progress(prefix + "Completed: " + VerdictLines.of(result));
    return result;
  }

  /** The old suite's "Load Test Configuration" block. */
  private void printConfiguration(List<ScenarioRun> runs, Path runFolder) {
    RunSettings settings = runs.get(0).settings();
    console.progress("");
    console.progress("Load Test Configuration:");
    console.progress("  Target: " + UrlRedaction.redact(settings.baseUrl()) + (runs.get(0).simulated() ? " (bundled simulator)" : ""));
    console.progress("  Profile: " + settings.profileName());
    console.progress("  Concurrent Users: " + settings.users());
    console.progress("  Target RPS: " + settings.targetRps());
    console.progress("  Duration: " + settings.durationSeconds() + "s");
    console.progress("  Tests: " + runs.stream().map(run -> run.scenario().label()).collect(Collectors.joining(", "))
        + (runs.size() > 1 ? (plan.parallel() ? " (parallel)" : " (one after another)") : ""));
    console.progress("  JMeter: " + plan.jmeter().home());
    console.progress("  Results: " + runFolder);
    console.progress("");
  }

  /** The verdicts and where the results are: all that --quiet prints. */
  private void printSummary(LaunchReport report, Path runFolder) {
    console.progress("");
    console.progress(RULE);
    console.progress("SUMMARY");
    console.progress(RULE);
    report.results().forEach(result -> console.always(VerdictLines.of(result)));
    console.always(VerdictLines.overall(report));
    console.progress("Total Requests: " + String.format("%,d", report.totalSamples()));
    console.progress("Total Errors: " + String.format("%,d", report.totalErrors()));
    console.always("Reports saved to: " + runFolder + (plan.combined()
        ? " (summary.md, summary.json; one folder per scenario)"
        : " (summary.md, summary.html, summary.json, junit.xml, dashboard/index.html)"));
  }

  private static void stop(SimulatorProcess simulator) {
    if (simulator != null) {
      simulator.close();
    }
  }
}
