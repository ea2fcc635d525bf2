package io.builderengine.jmeter.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StreamTallyTest {

  private final StreamTally tally = new StreamTally();

  @Test
  void sumsFramesAndRatesLateFramesOverFramesSent() {
    tally.record(StreamFigures.of(15, 1, 2, 40, 3));
    tally.record(StreamFigures.of(45, 1, 2, 40, 3));

    StreamStats stats = tally.toStats();

    assertThat(stats.streams()).isEqualTo(2);
    assertThat(stats.framesSent()).isEqualTo(3000);
    assertThat(stats.framesReceived()).isEqualTo(2980);
    assertThat(stats.lateFrames()).isEqualTo(60);
    assertThat(stats.lateFrameRate()).isEqualTo(0.02);
  }

  @Test
  void spreadsThePerStreamP99SendLagAcrossStreamsAtMicrosecondResolution() {
    // 100 streams whose p99 lags are 0.1 ms to 10 ms: whole milliseconds would read most of them as 0.
    for (int stream = 1; stream <= 100; stream++) {
      tally.record(StreamFigures.of(0, stream / 10.0, 1, 40, 3));
    }

    StreamStats stats = tally.toStats();
    Distribution lag = stats.sendLagP99();

    assertThat(lag.count()).isEqualTo(100);
    assertThat(lag.minMs()).isEqualTo(0.1);
    assertThat(lag.p50Ms()).as("the 50th stream, within 0.1%").isCloseTo(5.0, within(0.005));
    assertThat(lag.p95Ms()).as("the 95th stream, within 0.1%").isCloseTo(9.5, within(0.0095));
    assertThat(lag.maxMs()).isEqualTo(10.0);
    assertThat(lag.meanMs()).as("exact mean of 0.1 to 10").isCloseTo(5.05, within(1e-12));
    assertThat(stats.sendLagMaxMs()).as("the worst frame: twice the worst p99 here").isEqualTo(20.0);
  }

  @Test
  void averagesJitterOverStreamsAndKeepsTheHighest() {
    tally.record(StreamFigures.of(0, 1, 2.5, 40, 3));
    tally.record(StreamFigures.of(0, 1, 4.25, 40, 3));
    tally.record(StreamFigures.of(0, 1, 0.125, 40, 3));

    StreamStats stats = tally.toStats();

    assertThat(stats.jitterMeanMs()).isCloseTo(6.875 / 3, within(1e-12));
    assertThat(stats.jitterMaxMs()).isEqualTo(4.25);
  }

  @Test
  void averagesThePingRoundTripOverStreamsWithPongsOnly() {
    tally.record(StreamFigures.of(0, 1, 1, 40, 3));
    tally.record(StreamFigures.of(0, 1, 1, 60, 2));
    tally.record(StreamFigures.of(0, 1, 1, 0, 0));
    tally.record(StreamFigures.of(0, 1, 1, Double.NaN, 0));

    StreamStats stats = tally.toStats();

    assertThat(stats.streams()).isEqualTo(4);
    assertThat(stats.streamsWithPongs()).isEqualTo(2);
    assertThat(stats.pongs()).isEqualTo(5);
    assertThat(stats.pingRttMeanMs()).as("streams without a pong do not pull it to 0").isEqualTo(50.0);
  }

  @Test
  void countsFiguresThatAreNotNumbersOrNegativeAsZero() {
    tally.record(new StreamFigures(-1, -1, -1, Double.NaN, Double.NEGATIVE_INFINITY, Double.NaN, Double.NaN, -4));
    tally.record(StreamFigures.of(3, 2, 1, 40, 1));

    StreamStats stats = tally.toStats();

    assertThat(stats.framesSent()).isEqualTo(1500);
    assertThat(stats.lateFrames()).isEqualTo(3);
    assertThat(stats.sendLagP99().minMs()).isZero();
    assertThat(stats.sendLagP99().maxMs()).isEqualTo(2.0);
    assertThat(stats.jitterMeanMs()).isEqualTo(0.5);
    assertThat(stats.pongs()).isEqualTo(1);
    assertThat(stats.pingRttMeanMs()).isEqualTo(40.0);
  }

  @Test
  void mergesLikeOneTallyOfAllStreams() {
    StreamTally first = new StreamTally();
    StreamTally second = new StreamTally();
    StreamTally all = new StreamTally();
    for (int stream = 0; stream < 50; stream++) {
      StreamFigures figures = StreamFigures.of(stream, stream * 0.37, stream * 0.11, 30 + stream, stream % 3);
      (stream % 2 == 0 ? first : second).record(figures);
      all.record(figures);
    }

    first.add(second);

    assertThat(first.toStats()).isEqualTo(all.toStats());
  }

  @Test
  void anEmptyTallyReportsZeros() {
    assertThat(tally.toStats()).isEqualTo(new StreamStats(0, 0, 0, 0, 0, Distribution.EMPTY, 0, 0, 0, 0, 0, 0));
  }
}
