package io.builderengine.jmeter.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.builderengine.jmeter.report.SummaryJsonWriter;
import io.builderengine.jmeter.report.SummaryMarkdownWriter;
import io.builderengine.jmeter.stats.PoolUsage;
import io.builderengine.jmeter.stats.StreamQuality;
import io.builderengine.jmeter.thresholds.ThresholdEvaluator;
import io.builderengine.jmeter.thresholds.ThresholdRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.samplers.SampleResult;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds a run JMeter results as the call, media stream and database samplers make them (a parent per
 * call with its steps as sub-results, a stream's result carrying its quality figures, a database
 * sample's its pool figures) and reads the summary.json the run writes at the end.
 */
class ListenerRunTest {

  private static final long T0 = 1_700_000_000_000L;

  @TempDir
  Path output;

  @Test
  void recordsStepsApartFromTheSamplesAndStreamFiguresWhereTheyCome() throws IOException {
    ListenerRun run = run("Call - * : max_jitter_ms=30");
    for (int call = 0; call < 3; call++) {
      run.record(event(call(T0 + call * 60_000, call != 1)));
    }
    run.record(event(stream("WS audio stream", T0, 0, 2.0, 4.0)));

    JsonNode summary = finish(run);
    JsonNode statistics = summary.get("statistics");

    assertThat(statistics.at("/overall/samples").asLong()).as("3 calls and 1 stream, steps not counted").isEqualTo(4);
    assertThat(statistics.at("/overall/errors").asLong()).isZero();
    assertThat(labels(statistics.get("labels"))).containsExactly(tuple("Call", 3L, 0L), tuple("WS audio stream", 1L, 0L));
    assertThat(labels(statistics.get("steps"))).as("every step, down to the third level of sub-results")
        .containsExactly(tuple("Call - end", 3L, 1L), tuple("Call - initiate", 3L, 0L),
            tuple("Call - media stream", 3L, 0L), tuple("Call - status", 3L, 0L), tuple("Call - status-0", 3L, 0L),
            tuple("Call - status-0-0", 3L, 0L));
    JsonNode callAudio = statistics.at("/steps/2/stream");
    assertThat(callAudio.get("streams").asLong()).isEqualTo(3);
    assertThat(callAudio.get("framesSent").asLong()).isEqualTo(4500);
    assertThat(callAudio.get("lateFrames").asLong()).isEqualTo(45);
    assertThat(callAudio.get("jitterMeanMs").asDouble()).isEqualTo(12.5);
    assertThat(callAudio.at("/sendLagP99/maxMs").asDouble()).isEqualTo(0.75);
    assertThat(statistics.at("/steps/1/stream").isNull()).as("'Call - initiate' carried no stream").isTrue();
    assertThat(statistics.at("/labels/1/stream/jitterMeanMs").asDouble()).isEqualTo(2.0);
    assertThat(statistics.at("/overall/stream/streams").asLong()).as("the top-level stream only").isEqualTo(1);
  }

  @Test
  void judgesStepsByLabelRulesAndAStreamLimitWithoutStreamsAsNotApplicable() throws IOException {
    ListenerRun run = run("Call - * : max_jitter_ms=30");
    run.record(event(call(T0, true)));

    JsonNode verdict = finish(run).get("verdict");

    assertThat(verdict.get("outcome").asText()).isEqualTo("FAIL");
    List<String> judged = new ArrayList<>();
    verdict.get("verdicts").forEach(v -> judged.add(v.get("scope").asText() + " " + v.get("outcome").asText()));
    assertThat(judged).containsExactly("Call - end NOT_APPLICABLE", "Call - initiate NOT_APPLICABLE",
        "Call - media stream PASS", "Call - status NOT_APPLICABLE", "Call - status-0 NOT_APPLICABLE",
        "Call - status-0-0 NOT_APPLICABLE");
  }

  @Test
  void recordsThePoolFiguresOfDatabaseSamplesAndJudgesTheirConnectionWait() throws IOException {
    ListenerRun run = run("DB: * : max_connection_wait_p95_ms=100");
    run.record(event(database("DB: simple_read", T0, 3, "builder_engine", 0)));
    run.record(event(database("DB: simple_read", T0 + 10, 251, "builder_engine", 4)));
    run.record(event(database("DB: join", T0 + 20, 0, null, 0)));

    JsonNode summary = finish(run);
    JsonNode statistics = summary.get("statistics");

    assertThat(statistics.get("pools")).singleElement().satisfies(pool -> {
      assertThat(pool.get("pool").asText()).isEqualTo("builder_engine");
      assertThat(pool.get("samples").asLong()).as("the sample that reached no pool is not one").isEqualTo(2);
      assertThat(pool.at("/connectionWait/maxMs").asDouble()).isEqualTo(251);
      assertThat(pool.get("threadsAwaitingMax").asLong()).isEqualTo(4);
      assertThat(pool.get("poolExhausted").asLong()).isEqualTo(1);
    });
    assertThat(statistics.at("/labels/0/label").asText()).isEqualTo("DB: join");
    assertThat(statistics.at("/labels/0/pool").isNull()).isTrue();
    List<String> judged = new ArrayList<>();
    summary.at("/verdict/verdicts").forEach(v -> judged.add(v.get("scope").asText() + " " + v.get("outcome").asText()));
    assertThat(judged).containsExactly("DB: join NOT_APPLICABLE", "DB: simple_read FAIL");
  }

  @Test
  void aFailingRunOnASaturatedGeneratorIsInconclusive() throws IOException {
    JsonNode inconclusive = verdictOnASaturatedGenerator(251);

    assertThat(inconclusive.get("outcome").asText()).isEqualTo("INCONCLUSIVE");
    assertThat(inconclusive.at("/generator/saturation/0").asText()).startsWith("the generator's process used");
    assertThat(inconclusive.at("/generator/maxCpuShare").asDouble()).isEqualTo(1e-9);
    assertThat(inconclusive.at("/generator/scheduleLagP99Ms").asText()).as("no sample had a slot").isEqualTo("NaN");
    Path folder = summaryFolder();
    assertThat(Files.readString(folder.resolve("summary.md"))).contains("## ⚠️ INCONCLUSIVE")
        .contains("**Load generator saturated:**").contains("### Load generator")
        .contains("_No sample had a rate schedule (no Target Rate Timer)");
    assertThat(Files.readString(folder.resolve("summary.html"))).contains("<h1>INCONCLUSIVE</h1>")
        .contains("<h2>Load generator</h2>");
    assertThat(Files.readString(folder.resolve("junit.xml"))).contains("Inconclusive: the load generator was the bottleneck");
  }

  @Test
  void aPassingRunOnASaturatedGeneratorStaysAPass() throws IOException {
    JsonNode verdict = verdictOnASaturatedGenerator(3);

    assertThat(verdict.get("outcome").asText()).isEqualTo("PASS");
    assertThat(verdict.at("/generator/saturation")).as("noted all the same").hasSize(1);
  }

  /**
   * The verdict of one database sample that waited {@code waitMillis} for a connection (more than 100
   * fails), on a generator any CPU saturates: a limit of 1e-9 of the machine.
   */
  private JsonNode verdictOnASaturatedGenerator(long waitMillis) throws IOException {
    ListenerRun run = run("DB: * : max_connection_wait_p95_ms=100", new GeneratorMonitor(1e-9, 10));
    run.record(event(database("DB: simple_read", T0, waitMillis, "builder_engine", 0)));
    return finish(run).get("verdict");
  }

  private ListenerRun run(String labelThresholds) {
    return run(labelThresholds, new GeneratorMonitor(1, 10_000));
  }

  private ListenerRun run(String labelThresholds, GeneratorMonitor generator) {
    List<ThresholdRule> rules = new ArrayList<>(List.of(ThresholdRule.overall(Map.of())));
    rules.addAll(ThresholdSpec.parseLabelRules(labelThresholds));
    ListenerRun run = new ListenerRun(null, rules, new ThresholdEvaluator(1), new SummaryMarkdownWriter(null),
        ReportFolder.under(output.toString()), new SlackVerdict(null, "test.jmx"), 0, 0, generator);
    run.engineStarted(ListenerRun.LOCAL_ENGINE);
    return run;
  }

  private JsonNode finish(ListenerRun run) throws IOException {
    assertThat(run.engineEnded()).isTrue();
    run.finish();
    return new ObjectMapper().readTree(summaryFolder().resolve(SummaryJsonWriter.FILE_NAME).toFile());
  }

  /** The run's report folder, the one folder under the output. */
  private Path summaryFolder() throws IOException {
    try (Stream<Path> folders = Files.list(output)) {
      return folders.findFirst().orElseThrow();
    }
  }

  /**
   * A call of four steps; its status step holds a redirect nested three levels deep, of which the
   * listener records the first three.
   */
  /** As JMeter hands a sample to listeners: no sample variables, so no slot. */
  private static SampleEvent event(SampleResult result) {
    return new SampleEvent(result, "Thread Group");
  }

  private static SampleResult call(long startMillis, boolean endSucceeds) {
    SampleResult call = result("Call", startMillis, 32_000, true);
    call.storeSubResult(result("Call - initiate", startMillis, 300, true), false);
    call.storeSubResult(stream("Call - media stream", startMillis + 300, 15, 12.5, 0.75), false);
    SampleResult status = result("Call - status", startMillis + 30_300, 100, true);
    SampleResult redirect = result("Call - status-0", startMillis + 30_300, 60, true);
    SampleResult redirectOfRedirect = result("Call - status-0-0", startMillis + 30_300, 30, true);
    redirectOfRedirect.storeSubResult(result("Call - too deep", startMillis + 30_300, 10, true), false);
    redirect.storeSubResult(redirectOfRedirect, false);
    status.storeSubResult(redirect, false);
    call.storeSubResult(status, false);
    call.storeSubResult(result("Call - end", startMillis + 30_400, 200, endSucceeds), false);
    return call;
  }

  private static SampleResult result(String label, long startMillis, long elapsedMillis, boolean successful) {
    SampleResult result = new SampleResult();
    fill(result, label, startMillis, elapsedMillis, successful);
    return result;
  }

  private static MediaStreamResult stream(String label, long startMillis, long lateFrames, double jitterMillis,
      double sendLagP99Millis) {
    MediaStreamResult stream = new MediaStreamResult(lateFrames, jitterMillis, sendLagP99Millis);
    fill(stream, label, startMillis, 30_000, true);
    return stream;
  }

  private static void fill(SampleResult result, String label, long startMillis, long elapsedMillis,
      boolean successful) {
    result.setSampleLabel(label);
    result.setStampAndTime(startMillis, elapsedMillis);
    result.setSuccessful(successful);
    result.setResponseCode(successful ? "200" : "500");
    result.setResponseMessage(successful ? "OK" : "Internal Server Error");
  }

  /**
   * A database sample as the Database Workload sampler makes it: {@code waitMillis} of connect time,
   * exhausted when others were waiting too; {@code poolName} null for one that failed before it reached
   * a pool.
   */
  private static DatabaseResult database(String label, long startMillis, long waitMillis, String poolName,
      int threadsAwaiting) {
    boolean exhausted = threadsAwaiting > 0;
    DatabaseResult result = new DatabaseResult(poolName, threadsAwaiting);
    fill(result, label, startMillis, waitMillis + 2, !exhausted && poolName != null);
    result.setConnectTime(waitMillis);
    result.setResponseCode(exhausted ? "pool_exhausted" : poolName == null ? "Sampler error" : "OK");
    return result;
  }

  private static List<Tuple> labels(JsonNode labels) {
    List<Tuple> rows = new ArrayList<>();
    labels.forEach(label -> rows.add(tuple(label.get("label").asText(), label.get("samples").asLong(),
        label.get("errors").asLong())));
    return rows;
  }

  /** A media stream's result as the Media Stream sampler makes it: 1500 frames of 20 ms, 3 pongs. */
  private static final class MediaStreamResult extends SampleResult implements StreamQuality {

    private static final long serialVersionUID = 1L;

    private final long lateFrames;
    private final double jitterMillis;
    private final double sendLagP99Millis;

    MediaStreamResult(long lateFrames, double jitterMillis, double sendLagP99Millis) {
      this.lateFrames = lateFrames;
      this.jitterMillis = jitterMillis;
      this.sendLagP99Millis = sendLagP99Millis;
    }

    @Override
    public long framesSent() {
      return 1500;
    }

    @Override
    public long framesReceived() {
      return 1480;
    }

    @Override
    public long lateFrames() {
      return lateFrames;
    }

    @Override
    public double sendLagP99Millis() {
      return sendLagP99Millis;
    }

    @Override
    public double sendLagMaxMillis() {
      return sendLagP99Millis * 3;
    }

    @Override
    public double jitterMillis() {
      return jitterMillis;
    }

    @Override
    public double pingRttAvgMillis() {
      return 42;
    }

    @Override
    public long pongs() {
      return 3;
    }
  }

  /** A database sample's result on a pool of 4 connections. */
  private static final class DatabaseResult extends SampleResult implements PoolUsage {

    private static final long serialVersionUID = 1L;

    private final String poolName;
    private final int threadsAwaiting;

    DatabaseResult(String poolName, int threadsAwaiting) {
      this.poolName = poolName;
      this.threadsAwaiting = threadsAwaiting;
    }

    @Override
    public String poolName() {
      return poolName;
    }

    @Override
    public int activeConnections() {
      return threadsAwaiting > 0 ? 4 : 1;
    }

    @Override
    public int idleConnections() {
      return 4 - activeConnections();
    }

    @Override
    public int threadsAwaitingConnection() {
      return threadsAwaiting;
    }

    @Override
    public int totalConnections() {
      return 4;
    }

    @Override
    public boolean poolExhausted() {
      return "pool_exhausted".equals(getResponseCode());
    }
  }
}
