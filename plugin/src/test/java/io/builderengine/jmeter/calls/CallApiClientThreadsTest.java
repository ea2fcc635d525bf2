package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A JMeter thread runs the client: no thread of its own, before or after close. */
class CallApiClientThreadsTest {

  @Test
  void runsOnTheCallersThreadAndLeavesNoThreadBehind() throws Exception {
    try (Simulator sim = Simulator.start(SimulatedPlatform.config())) {
      // Start the simulator's lazily started event-loop thread before counting.
      try (CallApiClient warmUp = new CallApiClient(SimulatedPlatform.target(sim, "sk-test"))) {
        warmUp.agentIds();
      }
      Set<Thread> before = Thread.getAllStackTraces().keySet();

      List<String> duringCall;
      try (CallApiClient client = new CallApiClient(SimulatedPlatform.target(sim, "sk-test"))) {
        InitiatedCall call = client.initiate(client.agentIds().get(0), "", "user-1");
        for (TelephonyOperation operation : TelephonyOperation.values()) {
          assertThat(client.operation(operation, call.callId()).successful()).isTrue();
        }
        duringCall = threadsStartedSince(before);
      }
      List<String> afterClose = threadsStartedSince(before);

      assertThat(duringCall).as("threads started while the client ran a call").isEmpty();
      assertThat(afterClose).as("threads started by the client, left after close").isEmpty();
      assertThat(Thread.getAllStackTraces().values())
          .as("stacks running HttpClient code after close")
          .noneMatch(stack -> Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith("org.apache.http")));
    }
  }

  private static List<String> threadsStartedSince(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread))
        .map(Thread::getName)
        .collect(Collectors.toList());
  }
}
