package io.builderengine.jmeter.capacity;

import io.builderengine.jmeter.report.RunFindings;
import io.builderengine.jmeter.thresholds.ThresholdRule;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jmeter.engine.StandardJMeterEngine;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.samplers.SampleListener;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.TestBeanHelper;
import org.apache.jmeter.testelement.AbstractTestElement;
import org.apache.jmeter.testelement.TestStateListener;
import org.apache.jmeter.threads.JMeterContext;
import org.apache.jmeter.timers.Timer;
import org.apache.jmeter.util.JMeterUtils;
import org.apache.jorphan.util.JMeterStopThreadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds how many concurrent calls the target holds: put it in a thread group of {@code maxCalls} threads
 * that loop calls back to back. As a timer, it holds thread {@code k} back until the step at which
 * concurrency first exceeds {@code k} ({@link StepPlan}), and notes the step each call starts in; as a
 * listener, it collects each step's calls when they end;
 * a background thread judges each step as it ends ({@link StepCriteria}) and, when one breaks or the last
 * one held, says what was found and asks the threads to stop after their current call.
 *
 * <p>The finding goes to the log, the console, the run's summary ({@link RunFindings}) and the JMeter
 * properties {@code be.capacity_calls} and {@code be.capacity_finding}.
 *
 * <p>Cloned per thread like any timer: the clones share one {@link Search} built at test start.
 * The bean properties are the .jmx keys of shipped plans: never rename them.
 */
public class CapacityFinder extends AbstractTestElement
    implements Timer, SampleListener, TestStateListener, TestBean {

  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(CapacityFinder.class);
  public static final String CAPACITY_CALLS_PROPERTY = "be.capacity_calls";
  public static final String CAPACITY_FINDING_PROPERTY = "be.capacity_finding";
  /** How often steps are checked for judging, and how finely a waiting thread notices the end. */
  private static final long TICK_MILLIS = 100;
  /** Sub-results nested deeper than this are not searched for watched labels. */
  private static final int MAX_SUB_RESULT_DEPTH = 3;

  private int startCalls = 10;
  private int stepCalls = 5;
  private int maxCalls = 50;
  private double holdSeconds = 30;
  private String watchedLabel = "* - initiate";
  private double maxP95Millis = 1000;
  private double maxErrorRate = 0.01;

  private transient Search shared;
  /** Per thread (each clone): whether this thread already waited for its step. */
  private transient boolean joined;
  /** Per thread (each clone): the step of the call this thread is making; timer and listener run on it. */
  private transient int callStep = -1;

  /** What the clones share for one test run. */
  private static final class Search {
    final StepPlan plan;
    final StepCriteria criteria;
    final ThresholdRule watched;
    final AtomicReference<CapacitySearch> running = new AtomicReference<>();
    final AtomicReference<StandardJMeterEngine> engine = new AtomicReference<>();
    final ScheduledExecutorService judge = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "capacity-finder-judge");
      thread.setDaemon(true);
      return thread;
    });

    Search(StepPlan plan, StepCriteria criteria) {
      this.plan = plan;
      this.criteria = criteria;
      this.watched = criteria.watchedLabels();
    }

    /** The search, started by the first thread that asks: step 0 begins with the group's first call. */
    CapacitySearch startedAt(long nowMillis) {
      CapacitySearch search = running.get();
      if (search == null && running.compareAndSet(null, new CapacitySearch(plan, criteria, nowMillis))) {
        judge.scheduleWithFixedDelay(this::judgeDueSteps, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
      }
      return running.get();
    }

    private void judgeDueSteps() {
      CapacityFinding finding = running.get().judgeDueSteps(System.currentTimeMillis());
      if (finding != null) {
        announce(finding);
        StandardJMeterEngine stopping = engine.get();
        if (stopping != null) {
          stopping.askThreadsToStop(); // threads end their call, then stop: no call is cut short
        }
      }
    }
  }

  @Override
  public void testStarted() {
    testStarted("local");
  }

  /** Validates the settings before any thread starts, so a bad step stops the test with its reason. */
  @Override
  public void testStarted(String host) {
    TestBeanHelper.prepare(this);
    RunFindings.clear();
    JMeterUtils.getJMeterProperties().remove(CAPACITY_CALLS_PROPERTY);
    JMeterUtils.getJMeterProperties().remove(CAPACITY_FINDING_PROPERTY);
    try {
      shared = new Search(new StepPlan(startCalls, stepCalls, maxCalls, Math.round(holdSeconds * 1000)),
          new StepCriteria(watchedLabel, maxP95Millis, maxErrorRate));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(getName() + ": " + e.getMessage(), e);
    }
    log.info("{}: {}; a step breaks when the p95 of '{}' exceeds {} ms or more than {}% of calls fail", getName(),
        shared.plan, watchedLabel, maxP95Millis, maxErrorRate * 100);
  }

  @Override
  public void testEnded() {
    testEnded("local");
  }

  /** A test stopped before the search ended still reports what the judged steps showed. */
  @Override
  public void testEnded(String host) {
    Search ending = shared;
    if (ending == null) {
      return;
    }
    ending.judge.shutdownNow();
    CapacitySearch search = ending.running.get();
    if (search != null && !search.isOver()) {
      announce(search.finding());
    }
    shared = null;
  }

  @Override
  public long delay() {
    JMeterContext context = getThreadContext();
    Search search = shared;
    CapacitySearch running = search.startedAt(System.currentTimeMillis());
    search.engine.compareAndSet(null, context.getEngine());
    if (!joined) {
      waitForStep(running, context.getThreadNum());
      joined = true;
    }
    if (running.isOver()) {
      throw new JMeterStopThreadException(getName() + ": the capacity search is over");
    }
    callStep = running.callStarting(System.currentTimeMillis());
    return 0;
  }

  /** Waits in short slices, so that a thread of a later step notices when the search ends before it. */
  private static void waitForStep(CapacitySearch search, int threadIndex) {
    long waitMillis;
    while (!search.isOver()
        && (waitMillis = search.millisUntilThreadJoins(threadIndex, System.currentTimeMillis())) > 0) {
      try {
        Thread.sleep(Math.min(waitMillis, TICK_MILLIS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new JMeterStopThreadException("interrupted while waiting for its capacity step");
      }
    }
  }

  @Override
  public void sampleOccurred(SampleEvent event) {
    Search search = shared;
    CapacitySearch running = search == null ? null : search.running.get();
    if (running == null) {
      return;
    }
    SampleResult call = event.getResult();
    int step = callStep;
    callStep = -1; // counted once, even if another sampler of the scope ends without a timer before it
    running.callEnded(step, call.isSuccessful());
    recordWatched(running, search.watched, call, step, 0);
  }

  private static void recordWatched(CapacitySearch running, ThresholdRule watched, SampleResult result, int step,
      int depth) {
    if (watched.matches(result.getSampleLabel())) {
      running.watched(step, result.getTime());
    }
    if (depth < MAX_SUB_RESULT_DEPTH) {
      for (SampleResult subResult : result.getSubResults()) {
        recordWatched(running, watched, subResult, step, depth + 1);
      }
    }
  }

  private static void announce(CapacityFinding finding) {
    String text = finding.describe();
    log.info("Builder Engine: {}", text);
    System.out.println("Builder Engine: " + text); // NOSONAR shown to a headless user
    RunFindings.publish(text);
    JMeterUtils.setProperty(CAPACITY_CALLS_PROPERTY, Integer.toString(finding.capacityCalls()));
    JMeterUtils.setProperty(CAPACITY_FINDING_PROPERTY, text);
  }

  @Override
  public void sampleStarted(SampleEvent event) {
    // only finished calls count
  }

  @Override
  public void sampleStopped(SampleEvent event) {
    // only finished calls count
  }

  @Override
  public Object clone() {
    CapacityFinder clone = (CapacityFinder) super.clone();
    clone.shared = shared;
    return clone;
  }

  public int getStartCalls() {
    return startCalls;
  }

  public void setStartCalls(int startCalls) {
    this.startCalls = startCalls;
  }

  public int getStepCalls() {
    return stepCalls;
  }

  public void setStepCalls(int stepCalls) {
    this.stepCalls = stepCalls;
  }

  public int getMaxCalls() {
    return maxCalls;
  }

  public void setMaxCalls(int maxCalls) {
    this.maxCalls = maxCalls;
  }

  public double getHoldSeconds() {
    return holdSeconds;
  }

  public void setHoldSeconds(double holdSeconds) {
    this.holdSeconds = holdSeconds;
  }

  public String getWatchedLabel() {
    return watchedLabel;
  }

  public void setWatchedLabel(String watchedLabel) {
    this.watchedLabel = watchedLabel;
  }

  public double getMaxP95Millis() {
    return maxP95Millis;
  }

  public void setMaxP95Millis(double maxP95Millis) {
    this.maxP95Millis = maxP95Millis;
  }

  public double getMaxErrorRate() {
    return maxErrorRate;
  }

  public void setMaxErrorRate(double maxErrorRate) {
    this.maxErrorRate = maxErrorRate;
  }
}
