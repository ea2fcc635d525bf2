package io.builderengine.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

  private final AtomicInteger activeCalls = new AtomicInteger();

  @Test
  void noFaultsDecideNothing() {
    FaultInjector injector = new FaultInjector(FaultSettings.none(), activeCalls::get);

    assertThat(injector.decide("/health")).isSameAs(FaultDecision.NONE);
    assertThat(injector.shouldRefuseConnection()).isFalse();
    assertThat(injector.planStreamFaults("/media-stream")).isEmpty();
  }

  @Test
  void eachRateOfOneAlwaysDrawsItsFault() {
    assertThat(kind(FaultSettings.none().withResetRate(1))).isEqualTo(FaultDecision.Kind.RESET);
    assertThat(kind(FaultSettings.none().withStallRate(1))).isEqualTo(FaultDecision.Kind.STALL);
    assertThat(kind(FaultSettings.none().withErrorRate(1))).isEqualTo(FaultDecision.Kind.ERROR);
  }

  @Test
  void ratesAreExactSharesOfOneDraw() {
    FaultInjector injector = new FaultInjector(FaultSettings.none().withResetRate(0.2)
        .withStallRate(0.3).withErrorRate(0.5), activeCalls::get);
    int[] counts = new int[FaultDecision.Kind.values().length];
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      counts[injector.decide("/x").kind().ordinal()]++;
    }

    assertThat(counts[FaultDecision.Kind.NONE.ordinal()]).as("rates add up to 1").isZero();
    assertThat(counts[FaultDecision.Kind.RESET.ordinal()] / (double) draws)
        .as("reset share of %d draws at 0.2, tolerance 0.02", draws).isBetween(0.18, 0.22);
    assertThat(counts[FaultDecision.Kind.ERROR.ordinal()] / (double) draws)
        .as("error share of %d draws at 0.5, tolerance 0.02", draws).isBetween(0.48, 0.52);
  }

  @Test
  void latencyAndJitterStayWithinTheirBounds() {
    FaultInjector injector = new FaultInjector(
        FaultSettings.none().withLatencyMillis(100).withJitterMillis(20), activeCalls::get);

    for (int i = 0; i < 1_000; i++) {
      assertThat(injector.decide("/x").delayMillis()).isBetween(100L, 120L);
    }
  }

  @Test
  void pathPrefixSelectsTheFaultedPaths() {
    FaultInjector injector = new FaultInjector(
        FaultSettings.none().withErrorRate(1).withPathPrefix("/api/v1/calls"), activeCalls::get);

    assertThat(injector.decide("/api/v1/calls/call_1").kind()).isEqualTo(FaultDecision.Kind.ERROR);
    assertThat(injector.decide("/api/v1/agents")).isSameAs(FaultDecision.NONE);
  }

  @Test
  void overloadDelaysCallRequestsByTheExcessCalls() {
    FaultInjector injector = new FaultInjector(FaultSettings.none().withMaxConcurrentCalls(10)
        .withOverloadLatencyMillisPerCall(7), activeCalls::get);

    activeCalls.set(10);
    assertThat(injector.decide("/api/v1/calls").delayMillis()).as("at the cap").isZero();
    activeCalls.set(13);
    assertThat(injector.decide("/api/v1/calls/call_1/end").delayMillis()).isEqualTo(21);
    assertThat(injector.decide("/media-stream").delayMillis()).isEqualTo(21);
    assertThat(injector.decide("/api/v1/agents").delayMillis()).as("not call-related").isZero();
  }

  @Test
  void installRefusesInvalidCombinationsAndResetRestoresStartup() {
    FaultSettings startup = FaultSettings.none().withLatencyMillis(5);
    FaultInjector injector = new FaultInjector(startup, activeCalls::get);

    injector.install(FaultSettings.none().withErrorRate(0.5));
    assertThat(injector.current().errorRate()).isEqualTo(0.5);
    assertThatThrownBy(() -> injector.install(
        FaultSettings.none().withErrorRate(0.9).withResetRate(0.9)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(injector.current().errorRate()).isEqualTo(0.5);
    injector.reset();
    assertThat(injector.current()).isEqualTo(startup);
  }

  @Test
  void streamFaultPlanCarriesTheConfiguredCloseAndRespectsItsRate() {
    FaultInjector always = new FaultInjector(FaultSettings.none().withWsCloseAfterMillis(250)
        .withWsCloseCode(4001), activeCalls::get);
    FaultInjector never = new FaultInjector(FaultSettings.none().withWsCloseAfterMillis(250)
        .withWsCloseRate(0), activeCalls::get);

    assertThat(always.planStreamFaults("/ws/v1/stream"))
        .contains(new StreamFaultPlan(250, 4001, 0, 300_000));
    assertThat(never.planStreamFaults("/ws/v1/stream")).isEmpty();
  }

  @Test
  void streamFaultPlanCarriesAStallWithTheStallMaximum() {
    FaultInjector stalling = new FaultInjector(FaultSettings.none().withWsStallAfterMillis(300)
        .withStallMaxMillis(2_000), activeCalls::get);

    assertThat(stalling.planStreamFaults("/media-stream"))
        .contains(new StreamFaultPlan(0, 1011, 300, 2_000));
    assertThat(new FaultInjector(FaultSettings.none(), activeCalls::get)
        .planStreamFaults("/media-stream")).isEmpty();
  }

  private FaultDecision.Kind kind(FaultSettings settings) {
    return new FaultInjector(settings, activeCalls::get).decide("/health").kind();
  }

  @Test
  void periodicPausesHoldAnswersUntilTheyEnd() {
    FaultSettings settings = FaultSettings.none().withPauseEveryMillis(10_000).withPauseMillis(1_000).validate();

    assertThat(FaultInjector.pauseDelayMillis(settings, 0)).as("no pause before the first period").isZero();
    assertThat(FaultInjector.pauseDelayMillis(settings, 9_999)).isZero();
    assertThat(FaultInjector.pauseDelayMillis(settings, 10_000)).as("a pause begins").isEqualTo(1_000);
    assertThat(FaultInjector.pauseDelayMillis(settings, 10_250)).as("held until its end").isEqualTo(750);
    assertThat(FaultInjector.pauseDelayMillis(settings, 10_999)).isEqualTo(1);
    assertThat(FaultInjector.pauseDelayMillis(settings, 11_000)).as("over").isZero();
    assertThat(FaultInjector.pauseDelayMillis(settings, 20_400)).as("the next period's").isEqualTo(600);
    assertThat(FaultInjector.pauseDelayMillis(FaultSettings.none(), 10_000)).as("off").isZero();
  }

  @Test
  void aPauseMustBeShorterThanItsPeriod() {
    assertThatThrownBy(() -> FaultSettings.none().withPauseMillis(1_000).validate())
        .hasMessageStartingWith("pause_ms (1000) must be less than pause_every_ms (0)");
    assertThatThrownBy(() -> FaultSettings.none().withPauseEveryMillis(500).withPauseMillis(500).validate())
        .hasMessageContaining("must be less than pause_every_ms (500)");
  }

  @Test
  void aPauseDelaysTheAnswersOfItsPathsOnly() {
    FaultInjector injector = new FaultInjector(FaultSettings.none().withPathPrefix("/api/"), activeCalls::get);
    injector.install(FaultSettings.none().withPauseEveryMillis(3_600_000).withPauseMillis(1).withPathPrefix("/api/"));

    assertThat(injector.decide("/api/v1/agents")).as("no pause within the first hour").isSameAs(FaultDecision.NONE);
    assertThat(injector.decide("/health")).isSameAs(FaultDecision.NONE);
  }
}
