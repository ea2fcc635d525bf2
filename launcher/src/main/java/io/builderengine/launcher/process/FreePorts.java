package io.builderengine.launcher.process;

import java.io.IOException;
import java.net.DatagramSocket;

/** A UDP port free right now, for a JMeter's stop commands. */
final class FreePorts {

  private FreePorts() {
  }

  /**
   * JMeter binds its command port on every address, so the port is checked the same way. Another
   * process could take it before JMeter does; JMeter then says "Failed to create UDP port" and the
   * run goes on, only without a graceful stop.
   */
  static int udp() throws IOException {
    try (DatagramSocket socket = new DatagramSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
