package io.builderengine.simulator.state;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The platform's call statuses, with their wire names. */
public enum CallStatus {
  QUEUED("queued", false),
  INITIATED("initiated", false),
  RINGING("ringing", false),
  IN_PROGRESS("in_progress", false),
  COMPLETED("completed", true),
  FAILED("failed", true),
  NO_ANSWER("no_answer", true),
  BUSY("busy", true),
  CANCELLED("cancelled", true);

  private final String wireName;
  private final boolean terminal;

  CallStatus(String wireName, boolean terminal) {
    this.wireName = wireName;
    this.terminal = terminal;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** Whether the call is over; calls in other statuses are active. */
  public boolean isTerminal() {
    return terminal;
  }

  public static Optional<CallStatus> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
  }
}
