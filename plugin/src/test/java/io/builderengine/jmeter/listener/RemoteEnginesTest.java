package io.builderengine.jmeter.listener;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteEnginesTest {

  @Test
  void readsTheEnginesOfEachFormOfTheCommandLine() {
    assertThat(RemoteEngines.named(List.of("-n", "-t", "a.jmx", "-R", "127.0.0.1:1099, 127.0.0.1:1100"), "x"))
        .containsExactly("127.0.0.1:1099", "127.0.0.1:1100");
    assertThat(RemoteEngines.named(List.of("-R127.0.0.1:1099"), "x")).containsExactly("127.0.0.1:1099");
    assertThat(RemoteEngines.named(List.of("--remotestart=h1,h2"), "x")).containsExactly("h1", "h2");
    assertThat(RemoteEngines.named(List.of("-n", "-r"), "h3:1,h4:2")).containsExactly("h3:1", "h4:2");
  }

  @Test
  void noneForARunOnOneJMeter() {
    assertThat(RemoteEngines.named(List.of("-n", "-t", "a.jmx", "-Jremote_hosts=h"), "h")).isEmpty();
  }
}
