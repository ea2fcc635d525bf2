package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.exit.ExitStatus;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jmeter.JMeter;
import org.apache.jmeter.util.JMeterUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a headless distributed controller ({@code jmeter -n -R ...}) alive until the SLO listener has
 * judged the run. When an engine fails to start (e.g. it refuses the plan of another plugin version),
 * JMeter tidies RMI away and the controller's JVM can end at once with status 0, before the engines
 * that did start have reported a sample; or it waits for the failed engine without end. With this
 * watch the run is judged, the missing engine named, and the status is 1. When no engine starts at
 * all, the run fails after {@code be.engine_start_timeout_seconds} (default 120).
 */
final class ControllerWatch {

  private static final Logger log = LoggerFactory.getLogger(ControllerWatch.class);
  private static final AtomicBoolean started = new AtomicBoolean();
  private static final CountDownLatch judged = new CountDownLatch(1);
  private static volatile boolean anyEngineStarted;

  private ControllerWatch() {
  }

  /** Starts the watch once per JVM, on a headless controller told to start remote engines. */
  static void startIfDistributedController() {
    if (JMeter.isNonGUI() && !RemoteEngines.named().isEmpty() && started.compareAndSet(false, true)) {
      Thread watch = new Thread(ControllerWatch::watch, "builder-engine-controller-watch");
      watch.setDaemon(false);
      watch.start();
    }
  }

  static void engineStarted() {
    anyEngineStarted = true;
  }

  /** The listener has written its reports: the JVM may end as JMeter decides. */
  static void runJudged() {
    judged.countDown();
  }

  private static void watch() {
    long timeoutSeconds = JMeterUtils.getPropDefault("be.engine_start_timeout_seconds", 120);
    try {
      if (!judged.await(timeoutSeconds, TimeUnit.SECONDS) && !anyEngineStarted) {
        String message = "Builder Engine: no jmeter-server engine of " + RemoteEngines.named() + " started the plan"
            + " within " + timeoutSeconds + " s (JMeter says why above; an engine refuses a plan from a different"
            + " Builder Engine plugin version): the run failed";
        log.error(message);
        System.err.println(message); // NOSONAR the line a headless user reads
        ExitStatus.failWithin(1, 0);
        return;
      }
      judged.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
