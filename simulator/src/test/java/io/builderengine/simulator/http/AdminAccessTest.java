package io.builderengine.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The admin endpoint's peer check, decided on addresses alone: no traffic leaves loopback. */
@Tag("faults")
class AdminAccessTest {

  private static InetSocketAddress peer(String address) throws Exception {
    return new InetSocketAddress(InetAddress.getByName(address), 40_000);
  }

  @Test
  void loopbackPeersAreServed() throws Exception {
    AdminAccess access = new AdminAccess(false);

    assertThat(access.refusal(peer("127.0.0.1"))).isEmpty();
    assertThat(access.refusal(peer("127.9.9.9"))).isEmpty();
    assertThat(access.refusal(peer("::1"))).isEmpty();
  }

  @Test
  void otherPeersAreRefusedNamingThemAndTheFlag() throws Exception {
    AdminAccess access = new AdminAccess(false);

    assertThat(access.refusal(peer("10.1.2.3"))).hasValue("the admin endpoint answers loopback clients only,"
        + " not 10.1.2.3; start the simulator with --admin-allow-remote to open it to the network");
    assertThat(access.refusal(peer("2001:db8::7"))).get().asString().contains("not 2001:db8:0:0:0:0:0:7;");
    assertThat(access.refusal(null)).as("an unknown peer").isPresent();
  }

  @Test
  void theFlagOpensItToEveryone() throws Exception {
    assertThat(new AdminAccess(true).refusal(peer("10.1.2.3"))).isEmpty();
  }
}
