package io.builderengine.loadtest;

import io.builderengine.jmeter.config.RunEnvironment;
import io.builderengine.jmeter.listener.FinishedRuns;
import io.builderengine.jmeter.listener.FinishedRuns.FinishedRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jmeter.JMeter;
import org.apache.jmeter.engine.StandardJMeterEngine;
import org.apache.jmeter.save.SaveService;
import org.apache.jmeter.services.FileServer;
import org.apache.jmeter.testelement.TestElement;
import org.apache.jmeter.util.JMeterUtils;
import org.apache.jorphan.collections.HashTree;

/**
 * Runs one .jmx in this JVM on JMeter's real engine, as {@code jmeter -n -t plan -Jname=value} would,
 * and returns what its SLO listener concluded. Runs are serialised: JMeter's properties and file
 * server are global to the JVM. Public for the test-plans module's tests, which add a listener of
 * their own; the API's entry point is {@link LoadTestRunner}.
 */
public final class EmbeddedEngine {

  private static final Object ONE_RUN_AT_A_TIME = new Object();

  private EmbeddedEngine() {
  }

  /**
   * @param properties set for this run only, as -J would
   * @param environment variables the run reads on top of the process's (secrets)
   * @param added elements placed under the plan's root, beside its thread groups (e.g. a listener)
   * @return the runs the plan's SLO listeners finished, in order (one for the shipped plans)
   */
  public static List<FinishedRun> run(Path plan, Map<String, String> properties, Map<String, String> environment,
      TestElement... added) {
    synchronized (ONE_RUN_AT_A_TIME) {
      List<FinishedRun> finished = new CopyOnWriteArrayList<>();
      properties.forEach(JMeterUtils::setProperty);
      try (RunEnvironment.Scope given = RunEnvironment.give(environment);
          FinishedRuns.Subscription observing = FinishedRuns.observe(finished::add)) {
        FileServer.getFileServer().setBaseForScript(plan.toFile());
        HashTree tree = SaveService.loadTree(plan.toFile());
        JMeter.convertSubTree(tree, false);
        for (TestElement element : added) {
          tree.add(tree.getArray()[0], element);
        }
        StandardJMeterEngine engine = new StandardJMeterEngine();
        engine.configure(tree);
        engine.run();
        return List.copyOf(finished);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not load the plan " + plan, e);
      } finally {
        properties.keySet().forEach(JMeterUtils.getJMeterProperties()::remove);
      }
    }
  }
}
