package io.builderengine.launcher.process;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C (SIGINT, or SIGTERM) during a launch. The JVM runs this shutdown hook on the signal and then
 * exits with 128 + the signal (130 for SIGINT) however the launcher would have ended. The hook asks
 * every running JMeter to stop gracefully, then waits (bounded) until the launch has read their
 * summaries, written its own and stopped the simulator; children still alive after that are killed.
 *
 * <p>Thread-safe: the hook, the launch's thread and the scenario threads all use it.
 */
public final class Interruption implements ProcessTracker {

  /** The longest a graceful stop may take: JMeter's two grace periods, then the launcher's own reports. */
  static final long FINISH_TIMEOUT_MILLIS =
      JMeterProcess.SHUTDOWN_GRACE_MILLIS + JMeterProcess.STOP_NOW_GRACE_MILLIS + 15_000;

  private final PrintStream console;
  private final AtomicBoolean interrupted = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final List<JMeterProcess> running = new ArrayList<>();
  private final List<Process> children = new ArrayList<>();

  public Interruption(PrintStream console) {
    this.console = console;
  }

  public void install() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::onSignal, "be-loadtest-interrupted"));
  }

  /** Whether a signal came: start nothing more. */
  public boolean interrupted() {
    return interrupted.get();
  }

  /** A JMeter that has started; one started after the signal is stopped at once. */
  public void running(JMeterProcess jmeter) {
    synchronized (running) {
      running.add(jmeter);
      if (interrupted.get()) {
        stopInBackground(jmeter);
      }
    }
  }

  public void ended(JMeterProcess jmeter) {
    synchronized (running) {
      running.remove(jmeter);
    }
  }

  @Override
  public void track(Process process) {
    synchronized (children) {
      children.add(process);
    }
  }

  /** The launch has written everything: a signal now has nothing left to stop. */
  public void finished() {
    finished.countDown();
  }

  private void onSignal() {
    if (finished.getCount() == 0) {
      return; // the launch ended by itself and is exiting
    }
    interrupted.set(true);
    console.println();
    console.println("Test interrupted by user: stopping JMeter gracefully; the reports are still written ...");
    synchronized (running) {
      running.forEach(this::stopInBackground);
    }
    try {
      if (!finished.await(FINISH_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
        console.println("be-loadtest: the run did not stop within " + FINISH_TIMEOUT_MILLIS / 1000
            + " s; killing what is left");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (children) {
      children.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
    }
    synchronized (running) {
      running.forEach(JMeterProcess::kill);
    }
  }

  private void stopInBackground(JMeterProcess jmeter) {
    Thread stopper = new Thread(() -> {
      try {
        jmeter.stopGracefully();
      } catch (InterruptedException e) {
        jmeter.kill();
        Thread.currentThread().interrupt();
      }
    }, "be-loadtest-stop-jmeter");
    stopper.setDaemon(true);
    stopper.start();
  }
}
