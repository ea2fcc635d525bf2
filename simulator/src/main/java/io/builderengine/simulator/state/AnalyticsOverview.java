package io.builderengine.simulator.state;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;

/**
 * The dashboard overview of {@code GET /api/v1/analytics/overview}, computed the way the platform
 * computes it: periods start at UTC midnight, Monday and the 1st; rates are fractions (0-1);
 * trends compare this week with the previous one, in percent.
 */
public record AnalyticsOverview(long totalCalls, long callsToday, long callsThisWeek,
    long callsThisMonth, long totalMinutes, double avgCallDurationSeconds, double completionRate,
    double avgResponseTimeMs, double callsTrendPercentage, double durationTrendPercentage,
    long activeAgents, long totalAgents) {

  private static final long WEEK_MILLIS = 7 * 86_400_000L;

  /**
   * @param calls every stored call
   * @param agents every agent
   * @param avgResponseTimeMs the simulator's mean HTTP response time
   * @param nowMillis the instant the overview describes
   */
  public static AnalyticsOverview compute(Collection<Call> calls, List<Agent> agents,
      double avgResponseTimeMs, long nowMillis) {
    LocalDate today = Instant.ofEpochMilli(nowMillis).atZone(ZoneOffset.UTC).toLocalDate();
    long todayStart = startOf(today);
    long weekStart = startOf(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    long monthStart = startOf(today.withDayOfMonth(1));
    long previousWeekStart = weekStart - WEEK_MILLIS;

    long total = 0;
    long sinceToday = 0;
    long sinceWeek = 0;
    long sinceMonth = 0;
    long previousWeek = 0;
    long totalSeconds = 0;
    long weekSeconds = 0;
    long previousWeekSeconds = 0;
    long completed = 0;
    long completedSeconds = 0;
    for (Call stored : calls) {
      Call call = stored.settledAt(nowMillis);
      long createdAt = call.schedule().createdAtMillis();
      long seconds = call.hasEnded() ? call.durationSeconds() : 0;
      total++;
      totalSeconds += seconds;
      sinceToday += createdAt >= todayStart ? 1 : 0;
      sinceMonth += createdAt >= monthStart ? 1 : 0;
      if (createdAt >= weekStart) {
        sinceWeek++;
        weekSeconds += seconds;
      } else if (createdAt >= previousWeekStart) {
        previousWeek++;
        previousWeekSeconds += seconds;
      }
      if (call.status(nowMillis) == CallStatus.COMPLETED) {
        completed++;
        completedSeconds += seconds;
      }
    }
    long activeAgents = agents.stream().filter(agent -> "active".equals(agent.status())).count();
    return new AnalyticsOverview(total, sinceToday, sinceWeek, sinceMonth, totalSeconds / 60,
        ratio(completedSeconds, completed), ratio(completed, total), avgResponseTimeMs,
        trendPercent(sinceWeek, previousWeek), trendPercent(weekSeconds, previousWeekSeconds),
        activeAgents, agents.size());
  }

  private static long startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }

  /** Change from the previous period in percent; 0 without a previous period, as the platform. */
  private static double trendPercent(long current, long previous) {
    return previous == 0 ? 0.0 : (current - previous) * 100.0 / previous;
  }
}
