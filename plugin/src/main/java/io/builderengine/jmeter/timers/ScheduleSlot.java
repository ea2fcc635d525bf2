package io.builderengine.jmeter.timers;

import java.util.Arrays;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.threads.JMeterVariables;
import org.apache.jmeter.util.JMeterUtils;

/**
 * Carries each scheduled sample's intended start (its slot in the {@link RateSchedule}) from the
 * {@link TargetRateTimer} to the listeners, so they can measure latency from the schedule rather than
 * from when the request happened to go out (coordinated omission).
 *
 * <p>The carrier is JMeter's own: the timer puts the slot, in epoch milliseconds, into the sampling
 * thread's variable {@value #VARIABLE}, and that name is in the {@code sample_variables} property, so
 * JMeter copies it into every {@link SampleEvent}. That one channel works in-process and in distributed
 * mode (the event, values included, is what jmeter-server engines send the controller), and it puts the
 * slot in a column of CSV and XML result files too. A thread's variable holds the slot of its latest
 * scheduled sample, so a sampler outside every Target Rate Timer's scope, on a thread that also runs
 * scheduled ones, would carry a stale slot: the shipped plans put the timer at the thread-group level.
 *
 * <p>The name must be in {@code sample_variables} before the engine starts (JMeter reads the property
 * once, at the start of each run, and CSV result files write their header at test start): every timer
 * adds it when it is made or received by an engine, see {@link #register()}.
 */
public final class ScheduleSlot {

  /** The JMeter variable, sample variable and result-file column holding the slot, epoch ms. */
  public static final String VARIABLE = "be_intended_start_ms";

  private static final String SAMPLE_VARIABLES_PROPERTY = "sample_variables";

  private ScheduleSlot() {
  }

  /**
   * Adds {@value #VARIABLE} to the {@code sample_variables} property unless it is there. Idempotent
   * and cheap once done; does nothing before JMeter's properties are loaded.
   */
  static void register() {
    if (JMeterUtils.getJMeterProperties() == null) {
      return;
    }
    synchronized (ScheduleSlot.class) {
      String names = JMeterUtils.getProperty(SAMPLE_VARIABLES_PROPERTY);
      if (names == null || names.isBlank()) {
        JMeterUtils.setProperty(SAMPLE_VARIABLES_PROPERTY, VARIABLE);
      } else if (!Arrays.asList(names.split(",")).contains(VARIABLE)) {
        JMeterUtils.setProperty(SAMPLE_VARIABLES_PROPERTY, names + "," + VARIABLE);
      }
    }
  }

  /** Whether the events of the run now starting carry the slot. */
  static boolean carriedByEvents() {
    return indexInEvents() >= 0;
  }

  /** The position of {@value #VARIABLE} among the events' sample variables, or -1. */
  public static int indexInEvents() {
    for (int i = 0; i < SampleEvent.getVarCount(); i++) {
      if (VARIABLE.equals(SampleEvent.getVarName(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Sets the sampling thread's slot; one small string a sample: {@code <slot>} when the thread was free
   * by its slot, {@code <slot>+<ms>} when it asked for its next slot only that many ms after it was due
   * (every thread had been busy: the wait for a free thread, which the generator's speed has no part in).
   */
  static void publish(JMeterVariables variables, long intendedStartMillis, long askedLateMillis) {
    variables.put(VARIABLE, askedLateMillis > 0 ? intendedStartMillis + "+" + askedLateMillis
        : Long.toString(intendedStartMillis));
  }

  /**
   * @param value the variable's text as an event carries it (null or blank when the sample had no slot)
   * @return the slot in epoch ms, or 0 when there is none; no allocation
   */
  public static long intendedStartMillis(String value) {
    int plus = value == null ? -1 : value.indexOf('+');
    return number(value, 0, plus < 0 ? length(value) : plus);
  }

  /**
   * @return how many ms after the slot its thread was free to start it (0 when it was free in time);
   *     the rest of a late start is the generator's own delay
   */
  public static long askedLateMillis(String value) {
    int plus = value == null ? -1 : value.indexOf('+');
    return plus < 0 ? 0 : number(value, plus + 1, value.length());
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }

  /** Decimal digits of {@code value[from, to)}, without allocating; 0 when there are none or others. */
  private static long number(String value, int from, int to) {
    if (to <= from || to - from > 18) {
      return 0;
    }
    long number = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return 0; // a user variable of the same name, not ours
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }
}
