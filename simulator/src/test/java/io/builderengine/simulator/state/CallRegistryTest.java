package io.builderengine.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.builderengine.simulator.support.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallRegistryTest {

  private static final long START = 1_700_000_000_000L;
  private static final CallTiming TIMING = new CallTiming(200, 1_000, 60_000);

  private final MutableClock clock = new MutableClock(START);

  @Test
  void statusFollowsTheScheduleWithoutTimers() {
    CallRegistry registry = registry(10);
    Call call = registry.create(newCall()).orElseThrow();

    assertThat(status(registry, call)).isEqualTo(CallStatus.INITIATED);
    clock.advanceMillis(200);
    assertThat(status(registry, call)).isEqualTo(CallStatus.RINGING);
    clock.advanceMillis(800);
    assertThat(status(registry, call)).isEqualTo(CallStatus.IN_PROGRESS);
    assertThat(registry.liveCount()).isEqualTo(1);
  }

  @Test
  void endRecordsTheEndOnceAndCountsTalkTime() {
    CallRegistry registry = registry(10);
    Call call = registry.create(newCall()).orElseThrow();
    clock.advanceMillis(3_500);

    CallChange ended = registry.end(call.id());

    assertThat(ended.outcome()).isEqualTo(CallChange.Outcome.CHANGED);
    assertThat(ended.call().status(clock.millis())).isEqualTo(CallStatus.COMPLETED);
    assertThat(ended.call().durationSeconds()).as("answered at 1 s, ended at 3.5 s").isEqualTo(2);
    assertThat(registry.end(call.id()).outcome()).isEqualTo(CallChange.Outcome.NOT_ACTIVE);
    assertThat(registry.end("call_unknown").outcome()).isEqualTo(CallChange.Outcome.NOT_FOUND);
    assertThat(registry.liveCount()).isZero();
  }

  @Test
  void callsPastTheirMaximumLengthCompleteWhenSwept() {
    CallRegistry registry = registry(10);
    Call call = registry.create(newCall()).orElseThrow();
    List<Call> ended = new ArrayList<>();
    registry.onEnd(call.id(), ended::add);

    clock.advanceMillis(60_000);
    registry.completeExpiredCalls();

    assertThat(registry.liveCount()).isZero();
    assertThat(ended).singleElement().satisfies(c -> {
      assertThat(c.endStatus()).isEqualTo(CallStatus.COMPLETED);
      assertThat(c.endedAtMillis()).isEqualTo(START + 60_000);
      assertThat(c.durationSeconds()).isEqualTo(59);
    });
  }

  @Test
  void endedCallsBeyondTheCapAreEvictedOldestFirst() {
    CallRegistry registry = registry(2);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = registry.create(newCall()).orElseThrow().id();
      ids.add(id);
      registry.end(id);
      clock.advanceMillis(1);
    }

    assertThat(registry.find(ids.get(0))).as("oldest ended call").isEmpty();
    assertThat(registry.find(ids.get(1))).isPresent();
    assertThat(registry.find(ids.get(2))).isPresent();
    assertThat(registry.page(0, 10, Optional.empty()).calls()).hasSize(2);
  }

  @Test
  void liveCallsBeyondTheCapAreRefused() {
    CallRegistry registry = registry(2);
    registry.create(newCall());
    registry.create(newCall());

    assertThat(registry.create(newCall())).isEmpty();
  }

  @Test
  void pagesAreNewestFirstAndFilterByCurrentStatus() {
    CallRegistry registry = registry(10);
    Call older = registry.create(newCall()).orElseThrow();
    clock.advanceMillis(1_000);
    Call newer = registry.create(newCall()).orElseThrow();

    CallRegistry.CallPage all = registry.page(0, 10, Optional.empty());
    assertThat(all.calls()).extracting(Call::id).containsExactly(newer.id(), older.id());
    assertThat(all.total()).isEqualTo(2);
    CallRegistry.CallPage inProgress = registry.page(0, 10, Optional.of(CallStatus.IN_PROGRESS));
    assertThat(inProgress.calls()).extracting(Call::id).containsExactly(older.id());
    assertThat(inProgress.total()).isEqualTo(1);
    assertThat(registry.page(1, 10, Optional.empty()).calls()).extracting(Call::id)
        .containsExactly(older.id());
  }

  @Test
  void changesApplyOnlyToActiveCalls() {
    CallRegistry registry = registry(10);
    Call call = registry.create(newCall()).orElseThrow();

    CallChange held = registry.changeActive(call.id(),
        c -> c.withControls(c.controls().withOnHold(true), clock.millis()));
    registry.end(call.id());
    CallChange late = registry.changeActive(call.id(),
        c -> c.withControls(c.controls().withRecording(true), clock.millis()));

    assertThat(held.call().controls().onHold()).isTrue();
    assertThat(late.outcome()).isEqualTo(CallChange.Outcome.NOT_ACTIVE);
    assertThat(registry.find(call.id()).orElseThrow().controls().recording()).isFalse();
  }

  private CallRegistry registry(int maxStoredCalls) {
    return new CallRegistry(clock, TIMING, maxStoredCalls, List.of());
  }

  private CallStatus status(CallRegistry registry, Call call) {
    return registry.find(call.id()).orElseThrow().status(clock.millis());
  }

  private static NewCall newCall() {
    return new NewCall("agent_1", "org_1", CallDirection.OUTBOUND, "+15550000000",
        "+15551111111", JsonNodeFactory.instance.objectNode());
  }
}
