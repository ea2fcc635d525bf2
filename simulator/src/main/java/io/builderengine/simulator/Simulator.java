package io.builderengine.simulator;

import io.builderengine.simulator.fault.FaultSettings;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running Builder Engine simulator: HTTP API and WebSockets on one port.
 *
 * <pre>{@code
 * try (Simulator sim = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
 *   HttpRequest ping = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/health")).build();
 *   sim.setFaults(sim.faults().withErrorRate(0.1));
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops everything and is idempotent; do not call it from a
 * request handler (it waits for the event loops to finish).
 */
public final class Simulator implements AutoCloseable {

  /** Time given to in-flight writes when stopping; tests and scripts expect a quick stop. */
  private static final long SHUTDOWN_TIMEOUT_MILLIS = 2_000;
  private static final long EXPIRED_CALL_SWEEP_SECONDS = 1;
  private static final int ACCEPT_BACKLOG = 1_024;
  private static final System.Logger LOG = System.getLogger(Simulator.class.getName());

  private final SimulatorConfig config;
  private final SimulatorServices services;
  private final EventLoopGroup acceptGroup;
  private final EventLoopGroup ioGroup;
  private final Channel serverChannel;
  private final int port;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CompletableFuture<Void> terminated = new CompletableFuture<>();

  private Simulator(SimulatorConfig config, SimulatorServices services, EventLoopGroup acceptGroup,
      EventLoopGroup ioGroup, Channel serverChannel) {
    this.config = config;
    this.services = services;
    this.acceptGroup = acceptGroup;
    this.ioGroup = ioGroup;
    this.serverChannel = serverChannel;
    this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /**
   * Starts a simulator and returns once it listens (and the port file, if any, is written).
   *
   * @throws IllegalArgumentException when the config's combination of options is invalid
   * @throws IllegalStateException when the address cannot be bound
   */
  public static Simulator start(SimulatorConfig config) {
    config.validate();
    SimulatorServices services = new SimulatorServices(config, Clock.systemUTC());
    EventLoopGroup acceptGroup =
        new NioEventLoopGroup(1, new DefaultThreadFactory("simulator-accept", true));
    EventLoopGroup ioGroup = new NioEventLoopGroup(config.ioThreads(),
        new DefaultThreadFactory("simulator-io", true));
    Channel serverChannel;
    try {
      serverChannel = new ServerBootstrap()
          .group(acceptGroup, ioGroup)
          .channel(NioServerSocketChannel.class)
          .option(ChannelOption.SO_BACKLOG, ACCEPT_BACKLOG)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childHandler(services.channelInitializer)
          .bind(config.host(), config.port()).sync().channel();
    } catch (Exception e) { // sync() rethrows the bind failure, e.g. a BindException
      acceptGroup.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      ioGroup.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port()
          + ": " + e.getMessage() + "; choose another --port (0 picks a free one)", e);
    }
    Simulator simulator = new Simulator(config, services, acceptGroup, ioGroup, serverChannel);
    simulator.afterListening();
    return simulator;
  }

  private void afterListening() {
    if (config.adminAllowRemote()) {
      LOG.log(System.Logger.Level.WARNING, "--admin-allow-remote: the admin endpoint (fault injection,"
          + " no credential) answers any peer that reaches " + config.host() + ":" + port);
    }
    ioGroup.scheduleAtFixedRate(services.calls::completeExpiredCalls, EXPIRED_CALL_SWEEP_SECONDS,
        EXPIRED_CALL_SWEEP_SECONDS, TimeUnit.SECONDS);
    if (config.maxLifetimeSeconds() > 0) {
      CompletableFuture.delayedExecutor(config.maxLifetimeSeconds(), TimeUnit.SECONDS)
          .execute(this::close);
    }
    if (config.portFile() != null) {
      try {
        writePortFile(config.portFile(), port);
      } catch (IOException e) {
        close();
        throw new UncheckedIOException("cannot write the port file " + config.portFile(), e);
      }
    }
  }

  /** The bound port (the ephemeral one when configured with port 0). */
  public int port() {
    return port;
  }

  /**
   * {@code http://<host>:<port>} ({@code https} when serving TLS), with a loopback host when
   * listening on all addresses.
   */
  public String baseUrl() {
    return (config.tls() == null ? "http" : "https") + "://" + connectableHost() + ":" + port;
  }

  public SimulatorConfig config() {
    return config;
  }

  /** The fault settings in force. */
  public FaultSettings faults() {
    return services.faults.current();
  }

  /**
   * Replaces the fault settings, as {@code PUT /admin/faults} does; requests arriving afterwards
   * see them.
   *
   * @throws IllegalArgumentException when {@link FaultSettings#validate()} refuses them
   */
  public void setFaults(FaultSettings settings) {
    services.faults.install(settings);
  }

  /** Blocks until the simulator has stopped (by {@link #close()} or its maximum lifetime). */
  public void awaitTermination() {
    terminated.join();
  }

  /** Stops listening, closes every connection and waits (2 s at most) for the event loops. */
  @Override
  public void close() {
    if (closing.compareAndSet(false, true)) {
      serverChannel.close();
      acceptGroup.shutdownGracefully(0, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
          .awaitUninterruptibly();
      ioGroup.shutdownGracefully(0, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
          .awaitUninterruptibly();
      deletePortFile();
      terminated.complete(null);
    }
    terminated.join();
  }

  private void deletePortFile() {
    if (config.portFile() != null) {
      try {
        Files.deleteIfExists(config.portFile());
      } catch (IOException e) {
        // A stale port file is harmless: scripts read it only after starting a new simulator.
      }
    }
  }

  private String connectableHost() {
    try {
      InetAddress address = InetAddress.getByName(config.host());
      if (address.isAnyLocalAddress()) {
        return "127.0.0.1";
      }
    } catch (IOException e) {
      // Bound already, so the host resolves; keep it as given if it ever does not.
    }
    return config.host().contains(":") ? "[" + config.host() + "]" : config.host();
  }

  /** Writes atomically (temporary file, then rename): readers never see a half-written port. */
  private static void writePortFile(Path file, int port) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), ".port-", ".tmp");
    Files.writeString(temporary, port + "\n", StandardCharsets.US_ASCII);
    Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
