package io.builderengine.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyticsOverviewTest {

  /** Wednesday 2025-01-15 12:00 UTC: the week started Monday the 13th. */
  private static final long NOW = Instant.parse("2025-01-15T12:00:00Z").toEpochMilli();
  private static final long HOUR = 3_600_000;
  private static final long DAY = 24 * HOUR;

  @Test
  void periodsRatesAndTrendsFollowThePlatform() {
    List<Call> calls = List.of(
        completed(NOW - HOUR, 120),          // today, this week
        completed(NOW - 2 * DAY, 60),        // Monday: this week
        failed(NOW - 4 * DAY),               // previous week
        completed(NOW - 5 * DAY, 240));      // previous week
    List<Agent> agents = List.of(agent("active"), agent("paused"));

    AnalyticsOverview overview = AnalyticsOverview.compute(calls, agents, 12.5, NOW);

    assertThat(overview.totalCalls()).isEqualTo(4);
    assertThat(overview.callsToday()).isEqualTo(1);
    assertThat(overview.callsThisWeek()).isEqualTo(2);
    assertThat(overview.callsThisMonth()).isEqualTo(4);
    assertThat(overview.totalMinutes()).isEqualTo(7);
    assertThat(overview.avgCallDurationSeconds()).isCloseTo(140.0, within(1e-9));
    assertThat(overview.completionRate()).isCloseTo(0.75, within(1e-9));
    assertThat(overview.avgResponseTimeMs()).isEqualTo(12.5);
    assertThat(overview.callsTrendPercentage()).as("2 this week vs 2 before").isZero();
    assertThat(overview.durationTrendPercentage()).as("180 s vs 240 s")
        .isCloseTo(-25.0, within(1e-9));
    assertThat(overview.activeAgents()).isEqualTo(1);
    assertThat(overview.totalAgents()).isEqualTo(2);
  }

  private static Call completed(long createdAt, long talkSeconds) {
    return call(createdAt, createdAt + 1_000).ended(CallStatus.COMPLETED,
        createdAt + 1_000 + talkSeconds * 1_000);
  }

  private static Call failed(long createdAt) {
    return call(createdAt, CallSchedule.NEVER).ended(CallStatus.FAILED, createdAt + 5_000);
  }

  private static Call call(long createdAt, long answeredAt) {
    CallDetails details = new CallDetails("sess", "agent", "org", "CA", CallDirection.INBOUND,
        "+1", "+2", JsonNodeFactory.instance.objectNode());
    return Call.created("call_" + createdAt, 1, details,
        new CallSchedule(createdAt, createdAt, answeredAt, createdAt + DAY));
  }

  private static Agent agent(String status) {
    return new Agent("agent_" + status, "user", "org", status, "", status, "gpt-4o-mini",
        "nova", "en-US", "", "");
  }
}
