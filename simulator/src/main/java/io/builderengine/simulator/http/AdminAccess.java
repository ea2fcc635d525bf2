package io.builderengine.simulator.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Optional;

/**
 * Who may use the admin endpoint (fault injection, counters): loopback peers only, unless the
 * simulator was started with {@code --admin-allow-remote}. The endpoint has no credential, and a
 * simulator listening on a public address must not let anyone on the network inject faults.
 *
 * <p>Immutable and thread-safe.
 */
public final class AdminAccess {

  private final boolean allowRemote;

  public AdminAccess(boolean allowRemote) {
    this.allowRemote = allowRemote;
  }

  /** Why {@code peer} is refused, or empty when it may use the admin endpoint. */
  public Optional<String> refusal(SocketAddress peer) {
    if (allowRemote) {
      return Optional.empty();
    }
    InetAddress address = peer instanceof InetSocketAddress socket ? socket.getAddress() : null;
    if (address != null && address.isLoopbackAddress()) {
      return Optional.empty();
    }
    return Optional.of("the admin endpoint answers loopback clients only, not "
        + (address == null ? String.valueOf(peer) : address.getHostAddress())
        + "; start the simulator with --admin-allow-remote to open it to the network");
  }
}
