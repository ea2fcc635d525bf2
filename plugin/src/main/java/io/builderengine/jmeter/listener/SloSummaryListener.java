package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.config.ActiveRun;
import io.builderengine.jmeter.config.JMeterRunResolver;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.report.RunFindings;
import io.builderengine.jmeter.report.SummaryMarkdownWriter;
import io.builderengine.jmeter.thresholds.Metric;
import io.builderengine.jmeter.thresholds.ThresholdEvaluator;
import io.builderengine.jmeter.thresholds.ThresholdRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jmeter.samplers.Remoteable;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.samplers.SampleListener;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.services.FileServer;
import org.apache.jmeter.engine.util.NoThreadClone;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.TestBeanHelper;
import org.apache.jmeter.testelement.AbstractTestElement;
import org.apache.jmeter.testelement.TestStateListener;
import org.apache.jmeter.util.JMeterUtils;
import org.apache.jmeter.visualizers.Visualizer;

/**
 * Builder Engine SLO Thresholds & Summary: whole-run statistics of every sample, the config's
 * thresholds (and this element's own) judged overall and per label, summary.json, summary.md and
 * junit.xml in the output directory, a progress line every few seconds, an optional abort on a
 * sustained breach, a failing exit status for {@code jmeter -n}, and the verdict to Slack when the
 * config file's notifications ask for it.
 *
 * <p>One shared instance (NoThreadClone): {@link #sampleOccurred} runs concurrently on every
 * sampling thread and only records into the lock-light {@link StatsRecorder}. In distributed mode
 * (Remoteable) it runs on the controller and finishes after the last engine's testEnded.
 *
 * <p>JMeter re-applies a TestBean listener's properties before every sample it hands over, so the
 * fields hold plain values, not functions: the properties -Jbe.progress_seconds and
 * -Jbe.abort_after_seconds override them instead.
 *
 * <p>The bean properties are the .jmx keys of shipped plans: never rename them.
 */
public class SloSummaryListener extends AbstractTestElement
    implements SampleListener, TestStateListener, NoThreadClone, Remoteable, TestBean, Visualizer {

  private static final long serialVersionUID = 1L;
  private static final String DEFAULT_OUTPUT_DIRECTORY = "load_test_results";

  private transient String outputDirectory = "";
  private transient String overallThresholds = "";
  private transient String labelThresholds = "";
  private transient int progressSeconds = 10;
  private transient int minSuccessfulSamples = 10;
  private transient int abortAfterSeconds;
  private transient String summaryTemplate = "";

  /**
   * The run of each listener by element name, shared by the copies JMeter makes of this element
   * (one per engine in distributed mode), as JMeter's own Summariser and BackendListener share theirs.
   */
  private static final Map<String, ListenerRun> RUNS_BY_NAME = new HashMap<>();
  private static final Object LOCK = new Object();

  private transient volatile ListenerRun current;

  public SloSummaryListener() {
    // Loaded on a distributed controller: hold its JVM until this listener has judged the run.
    ControllerWatch.startIfDistributedController();
  }

  @Override
  public void testStarted() {
    testStarted(ListenerRun.LOCAL_ENGINE);
  }

  @Override
  public void testStarted(String host) {
    synchronized (LOCK) {
      ListenerRun run = RUNS_BY_NAME.get(getName());
      if (run == null) {
        run = startRun();
        RUNS_BY_NAME.put(getName(), run);
      }
      run.engineStarted(host);
      current = run;
    }
  }

  private ListenerRun startRun() {
    TestBeanHelper.prepare(this);
    RunFindings.clear(); // what an earlier run in this JVM found (GUI) is not this run's

    // The config element withdraws the run at its testEnded, which comes before ours: keep it now.
    // On a distributed controller the config element does not run: resolve the run here instead.
    RunSettings run = ActiveRun.settings().or(JMeterRunResolver::resolveIfConfigured).orElse(null);
    // A broken template or threshold stops the test now, not after an hour of load.
    SummaryMarkdownWriter markdown = new SummaryMarkdownWriter(summaryTemplate.isBlank() ? null : Path.of(summaryTemplate));
    return new ListenerRun(run, thresholdRules(run), new ThresholdEvaluator(minSuccessfulSamples), markdown,
        reportFolder(run), new SlackVerdict(run, planName()),
        JMeterUtils.getPropDefault("be.progress_seconds", progressSeconds),
        JMeterUtils.getPropDefault("be.abort_after_seconds", abortAfterSeconds), GeneratorLimits.monitor(run));
  }

  @Override
  public void sampleOccurred(SampleEvent event) {
    ListenerRun run = current;
    if (run != null) {
      run.record(event);
    }
  }

  @Override
  public void testEnded() {
    testEnded(ListenerRun.LOCAL_ENGINE);
  }

  /** After the last engine of the run: judge, write the reports, say the verdict. */
  @Override
  public void testEnded(String host) {
    ListenerRun finished = null;
    synchronized (LOCK) {
      ListenerRun run = RUNS_BY_NAME.get(getName());
      if (run != null && run.engineEnded()) {
        RUNS_BY_NAME.remove(getName());
        finished = run;
      }
      current = null;
    }
    if (finished != null) {
      finished.finish();
    }
  }

  private List<ThresholdRule> thresholdRules(RunSettings run) {
    Map<Metric, Double> overall = new EnumMap<>(Metric.class);
    if (run != null) {
      overall.putAll(ConfiguredThresholds.limits(run.thresholds()));
    }
    overall.putAll(ThresholdSpec.parseLimits(overallThresholds, "overall thresholds"));
    List<ThresholdRule> all = new ArrayList<>();
    all.add(ThresholdRule.overall(ThresholdSpec.withoutSwitchedOff(overall)));
    all.addAll(ThresholdSpec.parseLabelRules(labelThresholds));
    return List.copyOf(all);
  }

  /** The .jmx file being run, as the Slack message names it. */
  private static String planName() {
    String script = FileServer.getFileServer().getScriptName();
    return script == null || script.isBlank() ? "(unsaved plan)" : script;
  }

  /**
   * -Jbe.summary_dir, the folder itself (the launcher names each run's folder); else a time-stamped
   * folder under this element's directory, -Joutput_dir, the config's output.directory or the default.
   */
  private ReportFolder reportFolder(RunSettings run) {
    String exact = JMeterUtils.getProperty(ReportFolder.EXACT_FOLDER_PROPERTY);
    if (exact != null && !exact.isBlank()) {
      return ReportFolder.exactly(exact.strip());
    }
    return ReportFolder.under(!outputDirectory.isBlank() ? outputDirectory
        : JMeterUtils.getPropDefault("output_dir", run != null ? run.output().directory() : DEFAULT_OUTPUT_DIRECTORY));
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
