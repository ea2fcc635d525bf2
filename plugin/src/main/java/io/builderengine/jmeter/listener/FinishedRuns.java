package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.report.RunSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Hands the summary of each run the SLO listener finishes in this JVM to whoever started the run
 * in-process (the Java API), which has no other way to the listener's element: JMeter builds it
 * from the plan.
 */
public final class FinishedRuns {

  /**
   * @param summary what the reports say
   * @param folder where the listener wrote them
   */
  public record FinishedRun(RunSummary summary, Path folder) {
  }

  private static final List<Consumer<FinishedRun>> observers = new CopyOnWriteArrayList<>();

  private FinishedRuns() {
  }

  /** Calls {@code observer} with each run that finishes until the returned subscription is closed. */
  public static Subscription observe(Consumer<FinishedRun> observer) {
    observers.add(observer);
    return () -> observers.remove(observer);
  }

  static void publish(FinishedRun run) {
    observers.forEach(observer -> observer.accept(run));
  }

  /** Stops the calls. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
