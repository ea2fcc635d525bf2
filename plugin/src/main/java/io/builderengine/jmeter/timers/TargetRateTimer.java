package io.builderengine.jmeter.timers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.TestBeanHelper;
import org.apache.jmeter.testelement.AbstractTestElement;
import org.apache.jmeter.testelement.TestStateListener;
import org.apache.jmeter.threads.AbstractThreadGroup;
import org.apache.jmeter.threads.JMeterThread;
import org.apache.jmeter.timers.Timer;
import org.apache.jorphan.util.JMeterStopThreadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the requests of each thread group in its scope at a target rate, with a linear ramp-up and
 * ramp-down, whatever the number of threads: the threads only cap concurrency.
 *
 * <p>Unlike JMeter's Precise Throughput Timer, the schedule starts with the group's first request
 * (setUp time never becomes a catch-up burst); unlike its Constant Throughput Timer, due times are
 * exact to the nanosecond rather than spaced in whole milliseconds. See {@link RateSchedule}.
 *
 * <p>Each sample's slot, the moment the schedule meant it to start, goes to the listeners through
 * the sample variable {@value ScheduleSlot#VARIABLE} (see {@link ScheduleSlot}), so they can report
 * latency from the intended start as well as the service time.
 *
 * <p>The bean properties are the .jmx keys of shipped plans: never rename them.
 */
public class TargetRateTimer extends AbstractTestElement implements Timer, TestBean, TestStateListener {

  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(TargetRateTimer.class);

  private double targetRps;
  private double rampUpSeconds;
  private double durationSeconds;
  private double rampDownSeconds;

  /** One clock per thread group, shared by this element's per-thread clones; new at each test start. */
  private transient Map<AbstractThreadGroup, ArrivalClock> clocksByGroup;
  private transient RateSchedule schedule;

  /** Made from a .jmx, a copy or the GUI: the slot's sample variable must exist before the run starts. */
  public TargetRateTimer() {
    ScheduleSlot.register();
  }

  /** Received by a jmeter-server engine, which builds elements by deserialising, not by the constructor. */
  private Object readResolve() {
    ScheduleSlot.register();
    return this;
  }

  @Override
  public void testStarted() {
    testStarted("local");
  }

  /** Validates the settings before any thread starts, so a bad rate stops the test with its reason. */
  @Override
  public void testStarted(String host) {
    TestBeanHelper.prepare(this);
    schedule = RateSchedule.of(targetRps, rampUpSeconds, durationSeconds, rampDownSeconds);
    clocksByGroup = new ConcurrentHashMap<>();
    log.info("{}: {}", getName(), schedule);
    if (!ScheduleSlot.carriedByEvents()) {
      // Only when sample_variables was changed after this element was made: late, but before any sample.
      ScheduleSlot.register();
      SampleEvent.initSampleVariables();
      log.warn("{}: added {} to sample_variables at test start; a CSV result file opened before this timer"
          + " has no column for it. Set -Jsample_variables={} (with any others) to avoid this",
          getName(), ScheduleSlot.VARIABLE, ScheduleSlot.VARIABLE);
    }
  }

  @Override
  public void testEnded() {
    testEnded("local");
  }

  @Override
  public void testEnded(String host) {
    clocksByGroup = null;
  }

  @Override
  public long delay() {
    AbstractThreadGroup group = getThreadContext().getThreadGroup();
    ArrivalClock clock = clocksByGroup.computeIfAbsent(group, g -> new ArrivalClock(schedule, System.nanoTime()));
    long dueNanos = clock.nextDueNanos();
    long untilDueNanos = dueNanos - System.nanoTime();
    long delayMillis = Math.max(0, TimeUnit.NANOSECONDS.toMillis(untilDueNanos));
    stopThreadIfDueAfterItsEnd(dueNanos, delayMillis);
    ScheduleSlot.publish(getThreadContext().getVariables(),
        System.currentTimeMillis() + TimeUnit.NANOSECONDS.toMillis(untilDueNanos),
        Math.max(0, -TimeUnit.NANOSECONDS.toMillis(untilDueNanos)));
    return delayMillis;
  }

  /** A thread sleeping past its group's end would hold the test open (JMeter cannot interrupt timers). */
  private void stopThreadIfDueAfterItsEnd(long dueNanos, long delayMillis) {
    JMeterThread thread = getThreadContext().getThread();
    long endMillis = thread == null ? 0 : thread.getEndTime();
    if (dueNanos == Long.MAX_VALUE || (endMillis > 0 && System.currentTimeMillis() + delayMillis > endMillis)) {
      throw new JMeterStopThreadException(getName() + ": no request of the schedule (" + schedule
          + ") is due before this thread's end");
    }
  }

  @Override
  public Object clone() {
    TargetRateTimer clone = (TargetRateTimer) super.clone();
    clone.clocksByGroup = clocksByGroup;
    clone.schedule = schedule;
    return clone;
  }

  public double getTargetRps() {
    return targetRps;
  }

  public void setTargetRps(double targetRps) {
    this.targetRps = targetRps;
  }

  public double getRampUpSeconds() {
    return rampUpSeconds;
  }

  public void setRampUpSeconds(double rampUpSeconds) {
    this.rampUpSeconds = rampUpSeconds;
  }

  public double getDurationSeconds() {
    return durationSeconds;
  }

  public void setDurationSeconds(double durationSeconds) {
    this.durationSeconds = durationSeconds;
  }

  public double getRampDownSeconds() {
    return rampDownSeconds;
  }

  public void setRampDownSeconds(double rampDownSeconds) {
    this.rampDownSeconds = rampDownSeconds;
  }
}
