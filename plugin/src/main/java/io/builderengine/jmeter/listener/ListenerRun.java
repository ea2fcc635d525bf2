package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.exit.ExitStatus;
import io.builderengine.jmeter.install.PluginVersion;
import io.builderengine.jmeter.report.JUnitXmlWriter;
import io.builderengine.jmeter.report.RunFindings;
import io.builderengine.jmeter.report.RunSummary;
import io.builderengine.jmeter.report.SummaryHtmlWriter;
import io.builderengine.jmeter.report.SummaryJsonWriter;
import io.builderengine.jmeter.report.SummaryMarkdownWriter;
import io.builderengine.jmeter.stats.PoolUsage;
import io.builderengine.jmeter.stats.RunStats;
import io.builderengine.jmeter.stats.ScheduleStats;
import io.builderengine.jmeter.stats.StatsRecorder;
import io.builderengine.jmeter.stats.StreamQuality;
import io.builderengine.jmeter.thresholds.GeneratorSelfCheck;
import io.builderengine.jmeter.thresholds.HighlightRules;
import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.ThresholdEvaluator;
import io.builderengine.jmeter.thresholds.ThresholdRule;
import io.builderengine.jmeter.timers.ScheduleSlot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jmeter.engine.StandardJMeterEngine;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.util.JMeterUtils;
import org.apache.jorphan.util.JMeterError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One test run as the listener sees it, shared by every copy of the listener element that JMeter
 * makes for it (one per engine in distributed mode): the recorder all samples and their steps go to,
 * the engines still running, and the end: judge, write summary.json, summary.md, junit.xml and
 * summary.html, say the verdict, tell Slack when the config asks.
 *
 * <p>{@link #record} is thread-safe and called from every sampling thread; the engine counting is
 * guarded by the listener's lock.
 */
final class ListenerRun {

  /** The name JMeter gives the engine of a run that is not distributed. */
  static final String LOCAL_ENGINE = "local";

  private static final Logger log = LoggerFactory.getLogger(ListenerRun.class);
  /** Where JMeter writes the HTML dashboard of a run started with -e -o (set by JMeter itself). */
  private static final String DASHBOARD_FOLDER_PROPERTY = "jmeter.reportgenerator.outputdir";
  /**
   * How deep sub-results are recorded as steps: a call's steps (1), a transaction's samples and their
   * redirects (2), one nested transaction more (3). Deeper ones are left out rather than walked without
   * end on a sampler that nests them by the thousand.
   */
  static final int MAX_STEP_DEPTH = 3;
  /** How long a controller missing an engine waits for its own threads before it exits. */
  private static final long MISSING_ENGINE_GRACE_MILLIS = 10_000;
  /** How long after the first engine started a controller expects every engine to have started. */
  private static final long ENGINE_START_GRACE_SECONDS = 5;

  private final RunSettings run;
  private final List<ThresholdRule> rules;
  private final ThresholdEvaluator evaluator;
  private final SummaryMarkdownWriter markdown;
  private final ReportFolder reportFolder;
  private final SlackVerdict slack;
  private final StatsRecorder recorder = new StatsRecorder();
  private final GeneratorMonitor generator;
  private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "builder-engine-listener");
    thread.setDaemon(true);
    return thread;
  });
  private volatile String abortReason;
  // Changed under SloSummaryListener's lock, as engines start and end.
  private int runningEngines;
  /** The engines that started, in order; read by the engine check on the background thread. */
  private final Set<String> engines = new CopyOnWriteArraySet<>();

  /**
   * @param run the resolved settings, or null for a plan without a config file
   * @param progressSeconds 0: no progress line
   * @param abortAfterSeconds 0: never abort
   * @param generator measures the load generator from now to the end
   */
  ListenerRun(RunSettings run, List<ThresholdRule> rules, ThresholdEvaluator evaluator, SummaryMarkdownWriter markdown,
      ReportFolder reportFolder, SlackVerdict slack, int progressSeconds, int abortAfterSeconds,
      GeneratorMonitor generator) {
    this.run = run;
    this.generator = generator;
    this.rules = rules;
    this.evaluator = evaluator;
    this.markdown = markdown;
    this.reportFolder = reportFolder;
    this.slack = slack;
    if (progressSeconds > 0) {
      new ProgressReporter(recorder, evaluator, rules, run == null ? 0 : run.durationSeconds(), System.out)
          .start(background, progressSeconds);
    }
    if (abortAfterSeconds > 0) {
      new BreachWatchdog(recorder, evaluator, rules, abortAfterSeconds, this::abort).start(background);
    }
  }

  /**
   * @param host the engine as the controller names it ({@code host:port}), or {@code local} for a run
   *     on one JMeter
   */
  void engineStarted(String host) {
    runningEngines++;
    if (!LOCAL_ENGINE.equals(host)) {
      if (engines.isEmpty()) {
        background.schedule(this::stopWhenAnEngineIsMissing, ENGINE_START_GRACE_SECONDS, TimeUnit.SECONDS);
      }
      engines.add(host);
      ControllerWatch.engineStarted();
    }
  }

  /** @return whether that was the last engine, so the run is over */
  boolean engineEnded() {
    return --runningEngines == 0;
  }

  /**
   * Records a top-level sample, then its sub-results as steps, down to {@value #MAX_STEP_DEPTH} levels.
   * A sample or step that is a media stream's ({@link StreamQuality}) adds its stream figures too, and
   * one that is a database sample's ({@link PoolUsage}) its pool figures. A sample whose event carries
   * a slot of a Target Rate Timer ({@link ScheduleSlot}) is measured from it as well; a transaction's
   * sample is not, as its slot is that of its last child.
   */
  void record(SampleEvent event) {
    SampleResult sample = event.getResult();
    String slot = slot(event);
    recorder.record(sample.getSampleLabel(), sample.getStartTime(), sample.getTime(), sample.getLatency(),
        sample.getConnectTime(), sample.isSuccessful(), sample.getResponseCode(), sample.getResponseMessage(),
        sample.getBytesAsLong(), sample.getSentBytes(), sample.getAllThreads(), streamQuality(sample),
        poolUsage(sample), ScheduleSlot.intendedStartMillis(slot), ScheduleSlot.askedLateMillis(slot));
    recordSteps(sample, 1);
  }

  /** The event's slot as {@link ScheduleSlot} writes it, or null when it has none. */
  private static String slot(SampleEvent event) {
    int index = ScheduleSlot.indexInEvents();
    if (index < 0 || event.isTransactionSampleEvent()) {
      return null;
    }
    try {
      return event.getVarValue(index);
    } catch (JMeterError e) {
      // An engine whose sample_variables differ from the controller's sent fewer values.
      return null;
    }
  }

  private void recordSteps(SampleResult parent, int depth) {
    // getSubResults() copies the list into a new array, but returns a shared empty one when there is none.
    for (SampleResult step : parent.getSubResults()) {
      recorder.recordStep(step.getSampleLabel(), step.getStartTime(), step.getTime(), step.getLatency(),
          step.getConnectTime(), step.isSuccessful(), step.getResponseCode(), step.getResponseMessage(),
          step.getBytesAsLong(), step.getSentBytes(), streamQuality(step), poolUsage(step));
      if (depth < MAX_STEP_DEPTH) {
        recordSteps(step, depth + 1);
      }
    }
  }

  private static StreamQuality streamQuality(SampleResult sample) {
    return sample instanceof StreamQuality stream ? stream : null;
  }

  private static PoolUsage poolUsage(SampleResult sample) {
    return sample instanceof PoolUsage pool && pool.poolName() != null ? pool : null;
  }

  /**
   * JMeter starts the engines one after another and goes on without one that fails to start: a run
   * missing one is stopped, so the load sent is that of the first seconds alone.
   */
  private void stopWhenAnEngineIsMissing() {
    String missing = missingEngines();
    if (missing != null) {
      abort(missing);
    }
  }

  /**
   * Stops the test as JMeter's Stop does: threads finish their sample, tearDown runs, reports are
   * written. On a distributed controller, every engine that started is told to stop.
   */
  private void abort(String reason) {
    abortReason = reason;
    log.warn("Builder Engine: stopping the test: {}", reason);
    System.out.println("Builder Engine: stopping the test: " + reason); // NOSONAR shown to a headless user
    if (engines.isEmpty()) {
      StandardJMeterEngine.stopEngine();
    } else {
      RemoteEngines.stop(engines);
    }
  }

  /**
   * Judges the run, writes the reports, prints the verdict, tells Slack, and fails a headless run that
   * failed.
   */
  void finish() {
    background.shutdownNow();
    RunStats stats = recorder.snapshot();
    String missingEngines = missingEngines();
    RunVerdict judged = evaluator.evaluate(stats, rules, abortReason != null ? abortReason : missingEngines);
    ScheduleStats schedule = stats.overall().schedule();
    // A run that lost an engine failed for that reason, whatever the generator did: no self-check.
    RunVerdict verdict = missingEngines != null ? judged : GeneratorSelfCheck.apply(judged,
        generator.check(schedule == null ? Double.NaN : schedule.generatorLag().p99Ms()));
    RunSummary summary = new RunSummary("Builder Engine load suite", PluginVersion.current(), JMeterUtils.getJMeterVersion(),
        Instant.now().toString(), RunDescriptions.of(run, List.copyOf(engines)), verdict, HighlightRules.of(stats), RunFindings.all(), stats);
    Path folder = reportFolder.resolve(Instant.now());
    Path written = null;
    try {
      written = new SummaryJsonWriter().write(summary, folder);
      markdown.write(summary, folder);
      new JUnitXmlWriter().write(summary, folder);
      new SummaryHtmlWriter(null).write(summary, folder, dashboardIndex());
      String line = VerdictLine.of(verdict, written);
      log.info(line);
      System.out.println(line); // NOSONAR the verdict a headless user reads
    } catch (IOException e) {
      log.error("Could not write the summary to {}", folder, e);
      System.err.println("Builder Engine: could not write the summary to " + folder + ": " + e.getMessage()); // NOSONAR
      ExitStatus.failAtEndOfRun(1);
    }
    slack.announce(summary, written);
    FinishedRuns.publish(new FinishedRuns.FinishedRun(summary, folder));
    if (missingEngines != null) {
      ExitStatus.failWithin(1, MISSING_ENGINE_GRACE_MILLIS);
    } else if (verdict.inconclusive()) {
      ExitStatus.failAtEndOfRun(ExitStatus.INCONCLUSIVE);
    } else if (!verdict.passed()) {
      ExitStatus.failAtEndOfRun(ExitStatus.FAILED);
    }
    // Last: the exit status must be requested while the watch still holds the JVM.
    ControllerWatch.runJudged();
  }

  /**
   * On a distributed controller: the engines it was told to start that never started, which JMeter
   * only reports on its console (e.g. an engine that refused a plan from another plugin version) and
   * then waits for without end. Null when every engine took part, or the run is not distributed.
   */
  private String missingEngines() {
    if (engines.isEmpty()) {
      return null;
    }
    Set<String> missing = new LinkedHashSet<>(RemoteEngines.named());
    missing.removeAll(engines);
    return missing.isEmpty() ? null : "engine " + String.join(", ", missing) + " never started, so the run measured"
        + " only " + String.join(", ", engines) + "; the controller's console says why (an engine refuses a plan"
        + " from a different Builder Engine plugin version, and its own log says so)";
  }

  /** JMeter's dashboard, which it writes after the listeners end, when the run has one. */
  private static Path dashboardIndex() {
    String folder = JMeterUtils.getProperty(DASHBOARD_FOLDER_PROPERTY);
    return folder == null || folder.isBlank() ? null : Path.of(folder, "index.html");
  }
}
