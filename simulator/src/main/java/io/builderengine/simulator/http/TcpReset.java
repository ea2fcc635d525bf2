package io.builderengine.simulator.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;

/** Aborts connections the way crashed servers and middleboxes do: with a TCP RST, not a FIN. */
public final class TcpReset {

  private TcpReset() {
  }

  /** Closes with SO_LINGER 0, which makes the kernel send RST and drop unsent data. */
  public static void reset(Channel channel) {
    channel.config().setOption(ChannelOption.SO_LINGER, 0);
    channel.close();
  }
}
