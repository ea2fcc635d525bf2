package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.config.ActiveRun;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.exit.ExitStatus;
import io.builderengine.jmeter.report.JUnitXmlWriter;
import io.builderengine.jmeter.report.RunSummary;
import io.builderengine.jmeter.report.SummaryJsonWriter;
import io.builderengine.jmeter.report.SummaryMarkdownWriter;
import io.builderengine.jmeter.stats.RunStats;
import io.builderengine.jmeter.stats.StatsRecorder;
import io.builderengine.jmeter.thresholds.HighlightRules;
import io.builderengine.jmeter.thresholds.Metric;
import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.ThresholdEvaluator;
import io.builderengine.jmeter.thresholds.ThresholdRule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.jmeter.engine.StandardJMeterEngine;
import org.apache.jmeter.samplers.Remoteable;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.samplers.SampleListener;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.engine.util.NoThreadClone;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.TestBeanHelper;
import org.apache.jmeter.testelement.AbstractTestElement;
import org.apache.jmeter.testelement.TestStateListener;
import org.apache.jmeter.util.JMeterUtils;
import org.apache.jmeter.visualizers.Visualizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builder Engine SLO Thresholds & Summary: whole-run statistics of every sample, the config's
 * thresholds (and this element's own) judged overall and per label, summary.json, summary.md and
 * junit.xml in the output directory, a progress line every few seconds, an optional abort on a
 * sustained breach, and a failing exit status for {@code jmeter -n}.
 *
 * <p>One shared instance (NoThreadClone): {@link #sampleOccurred} runs concurrently on every
 * sampling thread and only records into the lock-light {@link StatsRecorder}. In distributed mode
 * (Remoteable) it runs on the controller and finishes after the last engine's testEnded.
 *
 * <p>The bean properties are the .jmx keys of shipped plans: never rename them.
 */
public class SloSummaryListener extends AbstractTestElement
    implements SampleListener, TestStateListener, NoThreadClone, Remoteable, TestBean, Visualizer {

  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(SloSummaryListener.class);
  private static final String DEFAULT_OUTPUT_DIRECTORY = "load_test_results";
  private static final DateTimeFormatter RUN_FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
      .withZone(ZoneOffset.UTC);

  private transient String outputDirectory = "";
  private transient String overallThresholds = "";
  private transient String labelThresholds = "";
  private transient int progressSeconds = 10;
  private transient int minSuccessfulSamples = 10;
  private transient int abortAfterSeconds;
  private transient String summaryTemplate = "";

  private transient int runningEngines;
  private transient volatile StatsRecorder recorder;
  private transient RunSettings run;
  private transient List<ThresholdRule> rules;
  private transient ThresholdEvaluator evaluator;
  private transient SummaryMarkdownWriter markdown;
  private transient ScheduledExecutorService background;
  private transient volatile String abortReason;

  @Override
  public void testStarted() {
    testStarted("local");
  }

  @Override
  public synchronized void testStarted(String host) {
    if (runningEngines++ > 0) {
      return;
    }
    TestBeanHelper.prepare(this);
    // The config element withdraws the run at its testEnded, which comes before ours: keep it now.
    run = ActiveRun.settings().orElse(null);
    rules = thresholdRules();
    // A broken template stops the test now, not after an hour of load.
    markdown = new SummaryMarkdownWriter(summaryTemplate.isBlank() ? null : Path.of(summaryTemplate));
    evaluator = new ThresholdEvaluator(minSuccessfulSamples);
    recorder = new StatsRecorder();
    abortReason = null;
    background = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "builder-engine-listener");
      thread.setDaemon(true);
      return thread;
    });
    int interval = JMeterUtils.getPropDefault("be.progress_seconds", progressSeconds);
    if (interval > 0) {
      new ProgressReporter(recorder, evaluator, rules, run == null ? 0 : run.durationSeconds(), System.out)
          .start(background, interval);
    }
    if (abortAfterSeconds > 0) {
      new BreachWatchdog(recorder, evaluator, rules, abortAfterSeconds, this::abort).start(background);
    }
  }

  /** Stops the test as JMeter's Stop does: threads finish their sample, tearDown runs, reports are written. */
  private void abort(String reason) {
    abortReason = reason;
    log.warn("Builder Engine: stopping the test: {}", reason);
    System.out.println("Builder Engine: stopping the test: " + reason); // NOSONAR shown to a headless user
    StandardJMeterEngine.stopEngine();
  }

  @Override
  public void sampleOccurred(SampleEvent event) {
    StatsRecorder current = recorder;
    if (current == null) {
      return;
    }
    SampleResult sample = event.getResult();
    current.record(sample.getSampleLabel(), sample.getStartTime(), sample.getTime(), sample.getLatency(),
        sample.getConnectTime(), sample.isSuccessful(), sample.getResponseCode(), sample.getResponseMessage(),
        sample.getBytesAsLong(), sample.getSentBytes(), sample.getAllThreads());
  }

  @Override
  public void testEnded() {
    testEnded("local");
  }

  /** After the last engine: judge, write the summary, say the verdict, and fail a headless run that failed. */
  @Override
  public synchronized void testEnded(String host) {
    if (--runningEngines > 0 || recorder == null) {
      return;
    }
    background.shutdownNow();
    RunStats stats = recorder.snapshot();
    recorder = null;
    RunVerdict verdict = evaluator.evaluate(stats, rules, abortReason);
    RunSummary summary = new RunSummary("Builder Engine load suite", pluginVersion(), JMeterUtils.getJMeterVersion(),
        Instant.now().toString(), RunDescriptions.of(run), verdict, HighlightRules.of(stats), stats);
    Path folder = outputFolder();
    try {
      Path written = new SummaryJsonWriter().write(summary, folder);
      markdown.write(summary, folder);
      new JUnitXmlWriter().write(summary, folder);
      String line = VerdictLine.of(verdict, written);
      log.info(line);
      System.out.println(line); // NOSONAR the verdict a headless user reads
    } catch (IOException e) {
      log.error("Could not write the summary to {}", folder, e);
      System.err.println("Builder Engine: could not write the summary to " + folder + ": " + e.getMessage()); // NOSONAR
      ExitStatus.failAtEndOfRun(1);
    }
    if (!verdict.passed()) {
      ExitStatus.failAtEndOfRun(1);
    }
  }

  private List<ThresholdRule> thresholdRules() {
    Map<Metric, Double> overall = new EnumMap<>(Metric.class);
    if (run != null) {
      overall.putAll(ConfiguredThresholds.limits(run.thresholds()));
    }
    overall.putAll(ThresholdSpec.parseLimits(overallThresholds, "overall thresholds"));
    List<ThresholdRule> all = new ArrayList<>();
    all.add(ThresholdRule.overall(overall));
    all.addAll(ThresholdSpec.parseLabelRules(labelThresholds));
    return List.copyOf(all);
  }

  private Path outputFolder() {
    String directory = !outputDirectory.isBlank() ? outputDirectory
        : JMeterUtils.getPropDefault("output_dir", run != null ? run.output().directory() : DEFAULT_OUTPUT_DIRECTORY);
    return Path.of(directory, RUN_FOLDER.format(Instant.now()));
  }

  private static String pluginVersion() {
    String version = SloSummaryListener.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  // Visualizer: only so JMeter lists this TestBean under Listeners; it draws nothing.
  @Override
  public void add(SampleResult sample) {
  }

  @Override
  public boolean isStats() {
    return false;
  }

  @Override
  public void sampleStarted(SampleEvent event) {
  }

  @Override
  public void sampleStopped(SampleEvent event) {
  }

  public String getOutputDirectory() {
    return outputDirectory;
  }

  public void setOutputDirectory(String outputDirectory) {
    this.outputDirectory = outputDirectory;
  }

  public String getOverallThresholds() {
    return overallThresholds;
  }

  public void setOverallThresholds(String overallThresholds) {
    this.overallThresholds = overallThresholds;
  }

  public String getLabelThresholds() {
    return labelThresholds;
  }

  public void setLabelThresholds(String labelThresholds) {
    this.labelThresholds = labelThresholds;
  }

  public int getProgressSeconds() {
    return progressSeconds;
  }

  public void setProgressSeconds(int progressSeconds) {
    this.progressSeconds = progressSeconds;
  }

  public int getAbortAfterSeconds() {
    return abortAfterSeconds;
  }

  public void setAbortAfterSeconds(int abortAfterSeconds) {
    this.abortAfterSeconds = abortAfterSeconds;
  }

  public String getSummaryTemplate() {
    return summaryTemplate;
  }

  public void setSummaryTemplate(String summaryTemplate) {
    this.summaryTemplate = summaryTemplate;
  }

  public int getMinSuccessfulSamples() {
    return minSuccessfulSamples;
  }

  public void setMinSuccessfulSamples(int minSuccessfulSamples) {
    this.minSuccessfulSamples = minSuccessfulSamples;
  }
}
