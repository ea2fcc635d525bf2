package io.builderengine.jmeter.capacity;

import java.util.List;
import java.util.Locale;

/**
 * What a capacity search found: the highest concurrency that held every criterion, and the step that
 * broke, if one did. Immutable.
 *
 * @param plan the steps searched
 * @param criteria what breaks a step
 * @param steps the judged steps, in order; the last one is the broken step when one broke
 */
public record CapacityFinding(StepPlan plan, StepCriteria criteria, List<StepOutcome> steps) {

  public CapacityFinding {
    steps = List.copyOf(steps);
  }

  /** The step that broke, or null when every judged step held. */
  public StepOutcome brokenStep() {
    return steps.isEmpty() || !steps.get(steps.size() - 1).broken() ? null : steps.get(steps.size() - 1);
  }

  /** The last step that held, or null when none did. */
  public StepOutcome lastHeldStep() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (!steps.get(i).broken()) {
        return steps.get(i);
      }
    }
    return null;
  }

  /** Concurrent calls of the last step that held; 0 when none held. */
  public int capacityCalls() {
    StepOutcome held = lastHeldStep();
    return held == null ? 0 : held.concurrentCalls();
  }

  /** One sentence for people: what was found, at which p95, and where it broke. */
  public String describe() {
    StepOutcome held = lastHeldStep();
    StepOutcome broken = brokenStep();
    String watched = "'" + criteria.watchedLabelGlob() + "'";
    StringBuilder text = new StringBuilder("Capacity: ");
    if (held == null) {
      text.append("below ").append(plan.startCalls()).append(" concurrent calls");
    } else {
      boolean atLimit = broken == null && held.concurrentCalls() == plan.maxCalls();
      text.append(atLimit ? "at least " : "").append(held.concurrentCalls()).append(" concurrent calls")
          .append(String.format(Locale.ROOT, " with p95 %.0f ms of %s", held.p95Millis(), watched));
      if (atLimit) {
        text.append("; the limit of ").append(plan.maxCalls()).append(" was reached without a break");
      }
    }
    if (broken != null) {
      text.append("; broke at step ").append(broken.step() + 1).append(" of ").append(plan.steps()).append(" (")
          .append(broken.concurrentCalls()).append(" concurrent calls): ").append(broken.reason());
    } else if (held != null && held.concurrentCalls() < plan.maxCalls()) {
      text.append("; the test stopped before the limit of ").append(plan.maxCalls());
    }
    return text.toString();
  }
}
