package io.builderengine.jmeter.plans;

import io.builderengine.loadtest.EmbeddedEngine;
import io.builderengine.loadtest.EmbeddedJMeterHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.jmeter.engine.util.NoThreadClone;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.samplers.SampleListener;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.testelement.AbstractTestElement;

/**
 * Runs a shipped .jmx in this JVM on JMeter's real engine, as {@code jmeter -n -t plan -Jk=v} would,
 * and returns every sample it produced.
 */
final class EmbeddedJMeter {

  private EmbeddedJMeter() {
  }

  /** The summaries of in-process runs go to a throw-away folder, never into the source tree. */
  private static final Path OUTPUT_DIR = createOutputDirectory();

  static List<SampleResult> run(Path plan, Map<String, String> givenProperties) {
    EmbeddedJMeterHome.initialise();
    Map<String, String> properties = new HashMap<>(givenProperties);
    properties.putIfAbsent("output_dir", OUTPUT_DIR.toString());
    Collector collector = new Collector();
    EmbeddedEngine.run(plan, properties, Map.of(), collector);
    return collector.results();
  }

  private static Path createOutputDirectory() {
    try {
      return Files.createTempDirectory("be-summaries");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One shared instance (NoThreadClone) gathering every sample from every thread. */
  static final class Collector extends AbstractTestElement implements SampleListener, NoThreadClone {

    private static final long serialVersionUID = 1L;
    private final transient ConcurrentLinkedQueue<SampleResult> results = new ConcurrentLinkedQueue<>();

    @Override
    public void sampleOccurred(SampleEvent event) {
      results.add(event.getResult());
    }

    @Override
    public void sampleStarted(SampleEvent event) {
    }

    @Override
    public void sampleStopped(SampleEvent event) {
    }

    List<SampleResult> results() {
      return new ArrayList<>(results);
    }
  }
}
