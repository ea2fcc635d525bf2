package io.builderengine.simulator.state;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Who dialled: the platform (outbound) or the caller (inbound). */
public enum CallDirection {
  INBOUND,
  OUTBOUND;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<CallDirection> fromWireName(String name) {
    for (CallDirection direction : values()) {
      if (direction.wireName().equals(name)) {
        return Optional.of(direction);
      }
    }
    return Optional.empty();
  }
}
