package io.builderengine.jmeter.listener;

import java.rmi.NotBoundException;
import java.rmi.RemoteException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jmeter.engine.ClientJMeterEngine;
import org.apache.jmeter.util.JMeterUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jmeter-server engines of a controller: those it was told to start, {@code -R host:port,...} (or
 * {@code --remotestart}), or the {@code remote_hosts} property for {@code -r} (JMeter keeps the list to
 * itself, so it is read from this process's command line; none when that is not visible); and how
 * to stop them, which JMeter does not offer a listener either.
 */
final class RemoteEngines {

  private static final Logger log = LoggerFactory.getLogger(RemoteEngines.class);

  private RemoteEngines() {
  }

  /** @return the engines as JMeter names them to the listener ({@code 127.0.0.1:1099}), in order */
  static Set<String> named() {
    return named(ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()),
        JMeterUtils.getPropDefault("remote_hosts", "127.0.0.1"));
  }

  static Set<String> named(List<String> arguments, String remoteHostsProperty) {
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if ((argument.equals("-R") || argument.equals("--remotestart")) && i + 1 < arguments.size()) {
        return split(arguments.get(i + 1));
      }
      if (argument.startsWith("-R") && argument.length() > 2) {
        return split(argument.substring(2));
      }
      if (argument.startsWith("--remotestart=")) {
        return split(argument.substring("--remotestart=".length()));
      }
      if (argument.equals("-r") || argument.equals("--runremote")) {
        return split(remoteHostsProperty);
      }
    }
    return Set.of();
  }

  /** Tells each engine to stop its test now, as JMeter's remote Stop does; an engine that cannot be reached is logged. */
  static void stop(Collection<String> engines) {
    for (String engine : engines) {
      try {
        new ClientJMeterEngine(engine).stopTest(true);
      } catch (RemoteException | NotBoundException | RuntimeException e) {
        log.warn("Builder Engine: could not stop engine {}: {}", engine, e.toString());
      }
    }
  }

  private static Set<String> split(String list) {
    Set<String> engines = new LinkedHashSet<>();
    Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(engines::add);
    return engines;
  }
}
