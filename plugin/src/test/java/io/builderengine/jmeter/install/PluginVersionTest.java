package io.builderengine.jmeter.install;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InvalidObjectException;
import org.junit.jupiter.api.Test;

class PluginVersionTest {

  @Test
  void acceptsAnElementBuiltByTheSameVersion() {
    assertThatCode(() -> PluginVersion.requireSame(PluginVersion.current())).doesNotThrowAnyException();
  }

  @Test
  void refusesAnotherVersionNamingBothAndWhatToDo() {
    assertThatThrownBy(() -> PluginVersion.requireSame("9.9.9"))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessage("Builder Engine plugin " + PluginVersion.current() + " on this jmeter-server engine refuses a plan"
            + " from a controller with plugin 9.9.9: install the same builder-engine-jmeter-plugin jar in lib/ext of"
            + " the controller and of every engine");
  }
}
