package io.builderengine.jmeter.report;

import io.builderengine.jmeter.stats.Distribution;
import io.builderengine.jmeter.stats.ErrorCount;
import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.PoolStats;
import io.builderengine.jmeter.stats.RunStats;
import io.builderengine.jmeter.stats.StreamStats;
import io.builderengine.jmeter.thresholds.Highlight;
import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Hand-built summaries of a realistic run, for the report writers' tests. */
final class RunSummaries {

  static final long START = 1_750_000_000_000L;
  static final long END = START + 300_000;

  static final String CALLS = "POST /v1/calls";
  static final String AGENTS = "GET /v1/agents|list";
  static final String STREAM = "WS audio stream";

  static final Verdict OVERALL_ERRORS = new Verdict("overall", "overall", "max_error_rate", 0.0312, 0.05,
      Outcome.PASS, "failed samples / all samples 0.0312 <= 0.05");
  static final Verdict CALLS_P95 = new Verdict(CALLS, "POST *", "max_p95_response_time_ms", 812, 500, Outcome.FAIL,
      "p95 response time of successful samples, ms 812 > 500");
  static final Verdict ADMIN_NO_DATA = new Verdict("admin/*", "admin/*", "max_error_rate", Double.NaN, 0.01,
      Outcome.NO_DATA, "No sample label matches 'admin/*': check the glob against the labels in the report");
  static final String CALL_INITIATE = "Call - initiate";
  static final String CALL_MEDIA = "Call - media stream";
  static final String CALL_END = "Call - end";
  /** 600 streams: 0.2% late frames, per-stream p99 send lag 0.9 ms typical, 9.5 ms worst. */
  static final StreamStats AUDIO = new StreamStats(600, 900_000, 880_000, 1_800, 0.002,
      new Distribution(600, 0.2, 1.1, 0.4, 9.5, 0.9, 1.6, 2.2, 4.8, 9.5), 42.5, 3.25, 11.5, 590, 17_700, 48.2);
  /** A call's media streams, 10% of their frames late, none answered a ping. */
  static final StreamStats CALL_AUDIO = new StreamStats(600, 450_000, 449_100, 45_000, 0.1,
      new Distribution(600, 3, 14.2, 4, 61, 12.5, 20, 25, 38, 61), 240, 7.5, 19, 0, 0, 0);
  static final Verdict INITIATE_P95 = new Verdict(CALL_INITIATE, "Call - *", "max_p95_response_time_ms", 240, 300,
      Outcome.PASS, "p95 response time of successful samples, ms 240 <= 300");
  static final Verdict MEDIA_JITTER = new Verdict(CALL_MEDIA, "Call - *", "max_jitter_ms", 7.5, 3, Outcome.FAIL,
      "mean over streams of each stream's jitter, ms 7.5 > 3");
  static final Verdict END_JITTER = new Verdict(CALL_END, "Call - *", "max_jitter_ms", Double.NaN, 3,
      Outcome.NOT_APPLICABLE, "'Call - end' has no media streams (none of its samples carried stream figures), so "
          + "mean over streams of each stream's jitter, ms cannot be judged: limit the rule to the labels or steps that "
          + "stream audio");
  static final String DB_READ = "DB: simple_read";
  static final String DB_WRITE = "DB: write";
  /** The workload's pool, too small: 42 samples waited out its 250 ms connection timeout. */
  static final PoolStats WORKLOAD_POOL = new PoolStats("builder_engine", 5_000,
      new Distribution(5_000, 0, 12.5, 40, 251, 0, 2, 30, 250, 251), 10, 6.3, 0, 3.7, 7, 10, 42);
  /** A second pool that always had a connection to spare. */
  static final PoolStats REPORTING_POOL = new PoolStats("reporting", 1_200,
      new Distribution(1_200, 0, 0.4, 0.5, 3, 0, 1, 1, 2, 3), 3, 1.5, 1, 2.5, 0, 4, 0);
  static final Verdict READ_WAIT = new Verdict(DB_READ, "DB: *", "max_connection_wait_p95_ms", 30, 100, Outcome.PASS,
      "p95 wait for a pooled connection of database samples, ms 30 <= 100");
  static final Verdict CALLS_WAIT = new Verdict(CALLS, "POST *", "max_connection_wait_p95_ms", Double.NaN, 100,
      Outcome.NOT_APPLICABLE, "'POST /v1/calls' has no database samples (none of its samples waited for a pooled "
          + "connection), so p95 wait for a pooled connection of database samples, ms cannot be judged: limit the rule "
          + "to the database workload's labels, e.g. DB: *");
  static final Verdict AGENTS_RPS = new Verdict(AGENTS, "GET *", "min_requests_per_second", 12.5, 10, Outcome.PASS,
      "samples per second over the active window 12.5 >= 10");

  private RunSummaries() {
  }

  /** Three labels, four thresholds: one FAIL, one NO_DATA glob, two PASS. */
  static RunSummary failingRun() {
    return summary(new RunVerdict(Outcome.FAIL, List.of(OVERALL_ERRORS, CALLS_P95, ADMIN_NO_DATA, AGENTS_RPS), null));
  }

  static RunSummary passingRun() {
    return summary(new RunVerdict(Outcome.PASS, List.of(OVERALL_ERRORS, AGENTS_RPS), null));
  }

  static RunSummary abortedRun() {
    return summary(new RunVerdict(Outcome.FAIL, List.of(OVERALL_ERRORS),
        "max_error_rate breached for 30 s on overall"));
  }

  static RunSummary summary(RunVerdict verdict) {
    return summary(verdict, run());
  }

  /**
   * The failing run with a call's steps and media streams: the stream label and the media-stream step
   * carry stream figures, "Call - end" fails now and then, and a jitter limit on "Call - *" fails on
   * the media stream and cannot apply to "Call - end".
   */
  static RunSummary withStepsAndStreams() {
    LabelStats initiate = label(CALL_INITIATE, 600, 0, new Distribution(600, 90, 150, 40, 400, 140, 210, 240, 320,
        400), List.of(), null);
    LabelStats media = label(CALL_MEDIA, 600, 0, new Distribution(600, 29_000, 30_050, 200, 31_000, 30_000, 30_300,
        30_400, 30_800, 31_000), List.of(), CALL_AUDIO);
    LabelStats end = label(CALL_END, 600, 6, new Distribution(594, 20, 35, 8, 90, 33, 45, 50, 70, 90),
        List.of(new ErrorCount("404", "Call not found", 6)), null);
    RunVerdict verdict = new RunVerdict(Outcome.FAIL, List.of(OVERALL_ERRORS, CALLS_P95, INITIATE_P95, MEDIA_JITTER,
        END_JITTER), null);
    return summary(verdict, run(), stats(AUDIO, List.of(end, initiate, media)));
  }

  /**
   * The failing run with a database workload on two pools: two labels of the workload pool, the
   * reporting pool's samples all steps; a connection-wait limit passes on a read and cannot apply to
   * the calls.
   */
  static RunSummary withDatabasePools() {
    RunStats base = stats(null, List.of());
    Distribution reads = new Distribution(3_000, 1, 4.5, 2, 260, 4, 6, 8, 12, 30);
    List<LabelStats> labels = new ArrayList<>(base.labels());
    labels.add(label(DB_READ, 3_000, 30, reads, List.of(new ErrorCount("pool_exhausted",
        "pool exhausted: waited 251 ms for a connection (pool size 10)", 30)), null, WORKLOAD_POOL));
    labels.add(label(DB_WRITE, 2_000, 12, reads, List.of(new ErrorCount("pool_exhausted",
        "pool exhausted: waited 250 ms for a connection (pool size 10)", 12)), null, WORKLOAD_POOL));
    LabelStats reportStep = label("Report - aggregate", 1_200, 0, reads, List.of(), null, REPORTING_POOL);
    RunStats stats = new RunStats(base.overall(), labels, List.of(reportStep), List.of(REPORTING_POOL, WORKLOAD_POOL),
        base.timeSeries(), base.intervalMillis(), base.percentileMethod(), base.relativeError());
    RunVerdict verdict = new RunVerdict(Outcome.FAIL, List.of(OVERALL_ERRORS, CALLS_P95, READ_WAIT, CALLS_WAIT), null);
    return summary(verdict, run(), stats);
  }

  static RunSummary summary(RunVerdict verdict, RunSummary.RunDescription run) {
    return summary(verdict, run, stats(null, List.of()));
  }

  private static RunSummary summary(RunVerdict verdict, RunSummary.RunDescription run, RunStats stats) {
    return new RunSummary("builder-engine-jmeter", "0.1.0", "5.6.3", "2025-06-15T15:06:40Z", run, verdict,
        List.of(new Highlight(Highlight.Level.CRITICAL, "POST /v1/calls p95 is 812 ms, 62% over its 500 ms limit",
            "Check the call-setup path's database pool")),
        List.of("Capacity: 40 concurrent calls with p95 12 ms of '* - initiate'; broke at step 8 of 11"
            + " (45 concurrent calls): p95 512 ms > 300 ms"),
        stats);
  }

  static RunSummary.RunDescription run() {
    return new RunSummary.RunDescription("smoke", 50, 20.0, 300, 30, 10, "https://staging.builderengine.io",
        "org_123", "sk-l****", "/plans/builder-engine.yaml", List.of());
  }

  static RunSummary.RunDescription distributed() {
    return new RunSummary.RunDescription("smoke", 50, 20.0, 300, 30, 10, "https://staging.builderengine.io",
        "org_123", "sk-l****", "/plans/builder-engine.yaml", List.of("10.0.0.5:1099", "10.0.0.6:1099"));
  }

  static RunSummary.RunDescription noConfigElement() {
    return new RunSummary.RunDescription(null, null, null, null, null, null, null, null, null, null, List.of());
  }

  /** @param audio the stream label's (and so the overall row's) stream figures, or null */
  private static RunStats stats(StreamStats audio, List<LabelStats> steps) {
    LabelStats calls = label(CALLS, 3000, 94, new Distribution(2906, 80, 402.4, 150, 2310, 380, 700, 812, 1204, 2000),
        List.of(new ErrorCount("503", "Service Unavailable", 80), new ErrorCount("504", "Gateway Timeout", 14)), null);
    LabelStats agents = label(AGENTS, 3750, 0, new Distribution(3750, 3, 8.25, 2, 41, 7, 12, 14, 22, 35), List.of(),
        null);
    LabelStats stream = label(STREAM, 600, 0, new Distribution(600, 40, 120, 20, 300, 118, 150, 160, 210, 280),
        List.of(), audio);
    LabelStats overall = label("overall", 7350, 94,
        new Distribution(7256, 3, 180.7, 200, 2310, 118, 600, 760, 1100, 1900), List.of(), audio);
    return new RunStats(overall, List.of(calls, agents, stream), steps, List.of(), List.of(), 10_000,
        "HdrHistogram nearest-rank, 3 significant digits", 0.001);
  }

  private static LabelStats label(String name, long samples, long errors, Distribution successful,
      List<ErrorCount> topErrors, StreamStats stream) {
    return label(name, samples, errors, successful, topErrors, stream, null);
  }

  private static LabelStats label(String name, long samples, long errors, Distribution successful,
      List<ErrorCount> topErrors, StreamStats stream, PoolStats pool) {
    double seconds = (END - START) / 1000.0;
    return new LabelStats(name, samples, errors, (double) errors / samples, samples / seconds, samples * 512,
        samples * 128, successful, successful, Distribution.EMPTY, Distribution.EMPTY, START, END, topErrors, stream,
        pool);
  }
}
