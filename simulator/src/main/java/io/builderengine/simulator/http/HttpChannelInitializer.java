package io.builderengine.simulator.http;

import io.builderengine.simulator.fault.FaultInjector;
import io.builderengine.simulator.stats.SimulatorStats;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.ssl.SslContext;

/**
 * Sets up each accepted connection as HTTP/1.1 with keep-alive, over TLS when the simulator serves
 * https, or refuses it (TCP reset before anything is read) when the refuse fault draws it.
 */
public final class HttpChannelInitializer extends ChannelInitializer<SocketChannel> {

  /** Pipeline names, for the WebSocket upgrade to find what it replaces. */
  public static final String KEEP_ALIVE = "keep-alive";
  public static final String SEQUENCER = "sequencer";
  public static final String DISPATCHER = "dispatcher";

  /** Request bodies are small JSON documents or 20 ms audio chunks; 1 MiB is ample. */
  private static final int MAX_REQUEST_BYTES = 1 << 20;

  private final HttpRequestDispatcher dispatcher;
  private final FaultInjector faults;
  private final SimulatorStats stats;
  private final SslContext tls;

  /** @param tls the server's TLS context, or null for plain http and ws */
  public HttpChannelInitializer(HttpRequestDispatcher dispatcher, FaultInjector faults,
      SimulatorStats stats, SslContext tls) {
    this.dispatcher = dispatcher;
    this.faults = faults;
    this.stats = stats;
    this.tls = tls;
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    stats.connectionAccepted();
    if (faults.shouldRefuseConnection()) {
      stats.connectionRefused();
      TcpReset.reset(channel);
      return;
    }
    if (tls != null) {
      channel.pipeline().addLast("tls", tls.newHandler(channel.alloc()));
    }
    channel.pipeline()
        .addLast("http-codec", new HttpServerCodec())
        .addLast(KEEP_ALIVE, new HttpServerKeepAliveHandler())
        .addLast("aggregator", new HttpObjectAggregator(MAX_REQUEST_BYTES))
        .addLast(SEQUENCER, new HttpRequestSequencer())
        .addLast(DISPATCHER, dispatcher);
  }
}
