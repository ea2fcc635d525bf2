package io.builderengine.jmeter.stats;

import static io.builderengine.jmeter.stats.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsRecorderStepsTest {

  private final StatsRecorder recorder = new StatsRecorder(1000, 3);

  @Test
  void stepsLeaveTheOverallRowAndTheTimeSeriesAsTheTopLevelSamplesMakeThem() {
    StatsRecorder withoutSteps = new StatsRecorder(1000, 3);
    for (int call = 0; call < 10; call++) {
      long start = T0 + call * 1000;
      for (StatsRecorder each : new StatsRecorder[] {recorder, withoutSteps}) {
        each.record("Call", start, 900, 100, 20, call != 3, call != 3 ? "200" : "500", "", 4_000, 2_000, 5);
      }
      step("Call - initiate", start, 100, true);
      step("Call - media stream", start + 100, 700, true);
      step("Call - end", start + 800, 100, call != 3);
    }

    RunStats stats = recorder.snapshot();
    RunStats reference = withoutSteps.snapshot();

    assertThat(stats.overall()).as("a call of three steps still counts once").isEqualTo(reference.overall());
    assertThat(stats.overall().samples()).isEqualTo(10);
    assertThat(stats.overall().errorRate()).isEqualTo(0.1);
    assertThat(stats.labels()).isEqualTo(reference.labels());
    assertThat(stats.timeSeries()).isEqualTo(reference.timeSeries());
    assertThat(stats.steps()).extracting(LabelStats::label)
        .containsExactly("Call - end", "Call - initiate", "Call - media stream");
  }

  @Test
  void aStepHasTheFiguresOfItsOwnSamples() {
    for (int call = 0; call < 10; call++) {
      recorder.record("Call", T0 + call * 1000, 1_000, 0, 0, true, "200", "OK", 0, 0, 1);
      step("Call - end", T0 + call * 1000 + 900, 50 + call, call % 5 != 0);
    }

    LabelStats end = recorder.snapshot().steps().get(0);

    assertThat(end.samples()).isEqualTo(10);
    assertThat(end.errors()).isEqualTo(2);
    assertThat(end.errorRate()).isEqualTo(0.2);
    assertThat(end.elapsedAll().meanMs()).isEqualTo(54.5);
    assertThat(end.elapsedSuccessful().count()).isEqualTo(8);
    assertThat(end.elapsedSuccessful().minMs()).isEqualTo(51);
    assertThat(end.topErrors()).containsExactly(new ErrorCount("500", "step failed", 2));
    assertThat(end.firstStartMillis()).isEqualTo(T0 + 900);
    assertThat(end.lastEndMillis()).isEqualTo(T0 + 9_900 + 59);
    assertThat(end.bytesReceived()).isEqualTo(10 * 300);
  }

  @Test
  void aStepNamedLikeALabelIsKeptApartFromIt() {
    recorder.record("GET /agents", T0, 10, 0, 0, true, "200", "OK", 0, 0, 1);
    step("GET /agents", T0, 500, true);
    step("GET /agents", T0, 700, true);

    RunStats stats = recorder.snapshot();

    assertThat(stats.labels()).singleElement().satisfies(label -> assertThat(label.samples()).isEqualTo(1));
    assertThat(stats.steps()).singleElement().satisfies(step -> assertThat(step.samples()).isEqualTo(2));
  }

  @Test
  void streamFiguresGoToTheirLabelAndTheTopLevelOnesToTheOverallRow() {
    recorder.record("WS audio stream", T0, 30_000, 0, 0, true, "200", "OK", 0, 0, 1,
        StreamFigures.of(30, 2, 3, 40, 5), null, 0, 0);
    recorder.record("WS audio stream", T0, 30_000, 0, 0, true, "200", "OK", 0, 0, 1,
        StreamFigures.of(0, 4, 5, 60, 5), null, 0, 0);
    recorder.record("Call", T0, 30_000, 0, 0, true, "200", "OK", 0, 0, 1);
    recorder.recordStep("Call - media stream", T0, 29_000, 0, 0, true, "200", "OK", 0, 0,
        StreamFigures.of(150, 9, 7, 0, 0), null);
    recorder.recordStep("Call - initiate", T0, 100, 0, 0, true, "200", "OK", 0, 0, null, null);

    RunStats stats = recorder.snapshot();

    StreamStats audio = stats.labels().get(1).stream();
    assertThat(audio.streams()).isEqualTo(2);
    assertThat(audio.lateFrameRate()).isEqualTo(0.01);
    assertThat(audio.jitterMeanMs()).isEqualTo(4.0);
    assertThat(audio.pingRttMeanMs()).isEqualTo(50.0);
    assertThat(stats.labels().get(0).stream()).as("'Call' carried no stream figures").isNull();
    assertThat(stats.overall().stream()).as("the overall row merges the top-level streams only").isEqualTo(audio);
    assertThat(stats.steps()).extracting(LabelStats::label).containsExactly("Call - initiate", "Call - media stream");
    assertThat(stats.steps().get(0).stream()).isNull();
    StreamStats callAudio = stats.steps().get(1).stream();
    assertThat(callAudio.streams()).isEqualTo(1);
    assertThat(callAudio.lateFrameRate()).isEqualTo(0.1);
    assertThat(callAudio.streamsWithPongs()).isZero();
  }

  private void step(String label, long startMillis, long elapsedMillis, boolean successful) {
    recorder.recordStep(label, startMillis, elapsedMillis, elapsedMillis / 2, 0, successful, successful ? "200" : "500",
        successful ? "OK" : "step failed", 300, 100, null, null);
  }
}
