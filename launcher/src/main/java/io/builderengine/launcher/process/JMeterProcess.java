package io.builderengine.launcher.process;

import io.builderengine.launcher.JMeterInstallation;
import io.builderengine.launcher.ScenarioRun;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One headless JMeter ({@code java -jar ApacheJMeter.jar -n -t plan ...}) as a child process in a
 * session of its own, with its own command port: on Ctrl-C the launcher sends it JMeter's
 * {@code Shutdown} (threads finish their current sample, tearDown runs, the listener and the
 * dashboard are written), then {@code StopTestNow}, and kills it only when neither ended it in time.
 *
 * <p>{@link #stopGracefully()} may run on another thread than {@link #awaitExit()}.
 */
public final class JMeterProcess {

  /** How long JMeter's graceful Shutdown may take: current samples end, reports and dashboard get written. */
  static final long SHUTDOWN_GRACE_MILLIS = 30_000;
  /** Then how long StopTestNow (samplers interrupted) may take before the process is killed. */
  static final long STOP_NOW_GRACE_MILLIS = 15_000;
  /** What JMeter prints once its command port listens (JMeter.waitForSignals). */
  private static final String LISTENING = "Waiting for possible Shutdown/StopTestNow";
  private static final long OUTPUT_DRAIN_MILLIS = 5_000;

  private final Process process;
  private final int commandPort;
  private final OutputPump output;
  private final CountDownLatch listening;

  private JMeterProcess(Process process, int commandPort, OutputPump output, CountDownLatch listening) {
    this.process = process;
    this.commandPort = commandPort;
    this.output = output;
    this.listening = listening;
  }

  /**
   * @param environment the whole environment of the child (the API key goes here as BE_API_KEY, never
   *     on the command line, which JMeter logs)
   * @param jvmOptions options for JMeter's JVM, e.g. from JVM_ARGS
   */
  public static JMeterProcess start(JMeterInstallation jmeter, ScenarioRun run, Map<String, String> environment,
      List<String> jvmOptions, LineSink sink) throws IOException {
    Files.createDirectories(run.folder());
    int commandPort = FreePorts.udp();
    ProcessBuilder builder = new ProcessBuilder(DetachedCommand.of(command(jmeter, run, commandPort, jvmOptions)))
        .directory(run.folder().toFile())
        .redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(environment);
    CountDownLatch listening = new CountDownLatch(1);
    Process process = builder.start();
    process.getOutputStream().close();
    OutputPump output = OutputPump.start(process.getInputStream(), run.consoleLog(), line -> {
      if (line.startsWith(LISTENING)) {
        listening.countDown();
      }
      sink.line(line);
    }, "jmeter-output-" + run.scenario().label());
    return new JMeterProcess(process, commandPort, output, listening);
  }

  /** JMeter's command line: the plan, the result file, its log, the dashboard, the -J properties. */
  static List<String> command(JMeterInstallation jmeter, ScenarioRun run, int commandPort, List<String> jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jmeter.launcherJar().toString(), "-n",
        "-t", run.plan().toString(),
        "-l", run.results().toString(),
        "-j", run.log().toString(),
        "-e", "-o", run.dashboard().toString()));
    run.properties().forEach((name, value) -> command.add("-J" + name + "=" + value));
    // JMeter tries ports from nongui.port to nongui.maxport: one port, so the launcher knows it.
    command.add("-Jjmeterengine.nongui.port=" + commandPort);
    command.add("-Jjmeterengine.nongui.maxport=" + commandPort);
    return command;
  }

  /** Waits until JMeter has exited and its last line is copied; its exit status. */
  public int awaitExit() throws InterruptedException {
    int status = process.waitFor();
    output.awaitEnd(OUTPUT_DRAIN_MILLIS);
    return status;
  }

  /**
   * Stops the test as JMeter's own shutdown client does, escalating: Shutdown, then StopTestNow,
   * then a kill. Returns once the process has ended.
   */
  public void stopGracefully() throws InterruptedException {
    long deadline = System.currentTimeMillis() + SHUTDOWN_GRACE_MILLIS;
    if (listening.await(SHUTDOWN_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
      send("Shutdown");
    }
    if (!process.waitFor(Math.max(0, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) {
      send("StopTestNow");
      if (!process.waitFor(STOP_NOW_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
        kill();
      }
    }
  }

  /** Ends the process at once (no reports): the last resort. */
  public void kill() {
    process.destroyForcibly();
  }

  private void send(String command) {
    byte[] bytes = command.getBytes(StandardCharsets.US_ASCII);
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), commandPort));
    } catch (IOException e) {
      // Nothing listens: the next step (StopTestNow, then the kill) ends the process.
    }
  }
}
