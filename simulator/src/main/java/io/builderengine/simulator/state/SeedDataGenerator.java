package io.builderengine.simulator.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.builderengine.simulator.json.Json;
import io.builderengine.simulator.json.Timestamps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes the starting data from a seed. The same seed gives the same ids, names, statuses and
 * durations; times are placed relative to the start-up instant so that "today" and "this week"
 * in the analytics have data.
 */
public final class SeedDataGenerator {

  private static final long SECOND_MILLIS = 1_000;
  private static final long HOUR_MILLIS = 3_600_000;
  private static final long DAY_MILLIS = 24 * HOUR_MILLIS;
  private static final long CALL_HISTORY_MILLIS = 30 * DAY_MILLIS;
  private static final long AGENT_HISTORY_MILLIS = 365 * DAY_MILLIS;
  private static final int OWNER_COUNT = 4;

  private static final List<String> ROLES = List.of("Customer Support", "Appointment Scheduler",
      "Sales Qualifier", "Billing Assistant", "Order Tracker", "Front Desk", "Technical Support",
      "Survey Caller", "Renewals", "Onboarding Guide");
  private static final List<String> VOICES =
      List.of("alloy", "echo", "fable", "onyx", "nova", "shimmer");
  private static final Weighted<String> AGENT_STATUSES = new Weighted<>(
      List.of("active", "paused", "draft", "archived"), new int[] {60, 15, 15, 10});
  private static final Weighted<CallStatus> ENDED_CALL_STATUSES = new Weighted<>(
      List.of(CallStatus.COMPLETED, CallStatus.NO_ANSWER, CallStatus.BUSY, CallStatus.FAILED,
          CallStatus.CANCELLED), new int[] {70, 12, 7, 6, 5});
  private static final Weighted<String> NUMBER_STATUSES = new Weighted<>(
      List.of("active", "pending", "released"), new int[] {80, 10, 10});

  private final Random random;
  private final long nowMillis;

  private SeedDataGenerator(long seed, long nowMillis) {
    this.random = new Random(seed);
    this.nowMillis = nowMillis;
  }

  /**
   * @param seed decides every generated value
   * @param agentCount agents to make; at least 1 when calls or numbers are made
   * @param callCount ended calls to make, spread over the last 30 days
   * @param phoneNumberCount phone numbers to make
   * @param nowMillis the start-up instant the history leads up to
   */
  public static SeedData generate(long seed, int agentCount, int callCount, int phoneNumberCount,
      long nowMillis) {
    return new SeedDataGenerator(seed, nowMillis).generate(agentCount, callCount,
        phoneNumberCount);
  }

  private SeedData generate(int agentCount, int callCount, int phoneNumberCount) {
    String organizationId = HexIds.next("org_", random);
    List<String> ownerIds = new ArrayList<>();
    for (int i = 0; i < OWNER_COUNT; i++) {
      ownerIds.add(HexIds.next("user_", random));
    }
    List<Agent> agents = new ArrayList<>();
    for (int i = 1; i <= agentCount; i++) {
      agents.add(agent(i, organizationId, pick(ownerIds)));
    }
    List<PhoneNumber> numbers = new ArrayList<>();
    for (int i = 1; i <= phoneNumberCount; i++) {
      numbers.add(phoneNumber(i, pick(agents).id()));
    }
    List<Call> calls = calls(callCount, organizationId, agents, numbers);
    return new SeedData(organizationId, List.copyOf(agents), calls, List.copyOf(numbers));
  }

  private Agent agent(int index, String organizationId, String ownerId) {
    String role = pick(ROLES);
    long createdAt = nowMillis - DAY_MILLIS - randomMillis(AGENT_HISTORY_MILLIS);
    long updatedAt = createdAt + randomMillis(nowMillis - createdAt);
    return new Agent(HexIds.next("agent_", random), ownerId, organizationId,
        String.format(Locale.ROOT, "%s %02d", role, index),
        "Handles " + role.toLowerCase(Locale.ROOT) + " calls end to end.",
        AGENT_STATUSES.pick(random), "gpt-4o-mini", pick(VOICES), "en-US",
        Timestamps.iso(createdAt), Timestamps.iso(updatedAt));
  }

  private PhoneNumber phoneNumber(int index, String agentId) {
    long createdAt = nowMillis - DAY_MILLIS - randomMillis(AGENT_HISTORY_MILLIS);
    boolean sms = random.nextBoolean();
    return new PhoneNumber(HexIds.next("pn_", random), randomNumber(), "Line " + index, agentId,
        new PhoneNumber.Capabilities(true, sms, sms && random.nextBoolean()),
        NUMBER_STATUSES.pick(random), Timestamps.iso(createdAt));
  }

  private List<Call> calls(int count, String organizationId, List<Agent> agents,
      List<PhoneNumber> numbers) {
    long[] createdAtMillis = new long[count];
    for (int i = 0; i < count; i++) {
      createdAtMillis[i] = nowMillis - HOUR_MILLIS - randomMillis(CALL_HISTORY_MILLIS);
    }
    Arrays.sort(createdAtMillis); // sequences follow creation, as for calls made at run time
    List<Call> calls = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String platformNumber = numbers.isEmpty() ? randomNumber() : pick(numbers).number();
      calls.add(endedCall(i + 1L, createdAtMillis[i], organizationId, pick(agents).id(),
          platformNumber));
    }
    return List.copyOf(calls);
  }

  private Call endedCall(long sequence, long createdAt, String organizationId, String agentId,
      String platformNumber) {
    CallDirection direction = random.nextBoolean() ? CallDirection.INBOUND : CallDirection.OUTBOUND;
    String customerNumber = randomNumber();
    ObjectNode metadata = Json.object().put("seeded", true);
    CallDetails details = new CallDetails(HexIds.next("sess_", random), agentId, organizationId,
        HexIds.next("CA", random, 32), direction,
        direction == CallDirection.OUTBOUND ? platformNumber : customerNumber,
        direction == CallDirection.OUTBOUND ? customerNumber : platformNumber, metadata);

    long ringingAt = createdAt + SECOND_MILLIS;
    CallStatus status = ENDED_CALL_STATUSES.pick(random);
    boolean answered = status == CallStatus.COMPLETED;
    long answeredAt = answered ? ringingAt + secondsBetween(2, 10) : CallSchedule.NEVER;
    long endedAt = answered
        ? answeredAt + secondsBetween(20, 900)
        : ringingAt + secondsBetween(5, 40);
    CallSchedule schedule =
        new CallSchedule(createdAt, ringingAt, answeredAt, createdAt + HOUR_MILLIS);
    return Call.created(HexIds.next("call_", random), sequence, details, schedule)
        .ended(status, endedAt);
  }

  private String randomNumber() {
    return String.format(Locale.ROOT, "+1555%07d", random.nextInt(10_000_000));
  }

  private long secondsBetween(int min, int max) {
    return (min + random.nextInt(max - min + 1)) * SECOND_MILLIS;
  }

  private long randomMillis(long bound) {
    return bound <= 0 ? 0 : Math.floorMod(random.nextLong(), bound);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Values drawn with fixed relative weights. */
  private record Weighted<T>(List<T> values, int[] weights) {
    T pick(Random random) {
      int total = 0;
      for (int weight : weights) {
        total += weight;
      }
      int draw = random.nextInt(total);
      for (int i = 0; i < weights.length; i++) {
        draw -= weights[i];
        if (draw < 0) {
          return values.get(i);
        }
      }
      throw new IllegalStateException("weights must be positive");
    }
  }
}
