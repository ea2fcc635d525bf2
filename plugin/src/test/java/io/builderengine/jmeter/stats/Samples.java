package io.builderengine.jmeter.stats;

/** Records test samples, with neutral values for the figures a test does not look at. */
final class Samples {

  /** A whole-second epoch instant, so that bucket boundaries fall on round numbers. */
  static final long T0 = 1_700_000_000_000L;

  private final StatsRecorder recorder;

  Samples(StatsRecorder recorder) {
    this.recorder = recorder;
  }

  void success(String label, long startMillis, long elapsedMillis) {
    recorder.record(label, startMillis, elapsedMillis, elapsedMillis / 2, 0, true, "200", "OK", 0, 0, 1);
  }

  void failure(String label, long startMillis, long elapsedMillis, String responseCode, String responseMessage) {
    recorder.record(label, startMillis, elapsedMillis, 0, 0, false, responseCode, responseMessage, 0, 0, 1);
  }
}
