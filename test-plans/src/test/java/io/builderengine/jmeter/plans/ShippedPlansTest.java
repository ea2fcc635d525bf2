package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.jmeter.timers.TargetRateTimer;
import io.builderengine.loadtest.EmbeddedJMeterHome;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jmeter.control.IncludeController;
import org.apache.jmeter.control.LoopController;
import org.apache.jmeter.save.SaveService;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testelement.TestElement;
import org.apache.jmeter.testelement.TestPlan;
import org.apache.jmeter.testelement.property.BooleanProperty;
import org.apache.jmeter.testelement.property.JMeterProperty;
import org.apache.jmeter.testelement.property.NullProperty;
import org.apache.jmeter.threads.AbstractThreadGroup;
import org.apache.jmeter.threads.SetupThreadGroup;
import org.apache.jmeter.threads.ThreadGroup;
import org.apache.jorphan.collections.HashTree;
import org.apache.jorphan.collections.SearchByClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every .jmx we ship opens with JMeter's own SaveService, as the GUI and `jmeter -n` open it. */
class ShippedPlansTest {


  @BeforeAll
  static void jmeter() {
    EmbeddedJMeterHome.initialise();
  }

  static Stream<Path> shippedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ShippedFiles.PLANS_DIR)) {
      List<Path> plans = files
          .filter(file -> file.toString().endsWith(".jmx"))
          .filter(file -> !ShippedFiles.PLANS_DIR.relativize(file).startsWith("target"))
          .sorted()
          .collect(Collectors.toList());
      assertThat(plans).as(".jmx files under %s", ShippedFiles.PLANS_DIR.toAbsolutePath()).isNotEmpty();
      return plans.stream();
    }
  }

  static Stream<Path> runnablePlans() throws IOException {
    return shippedFiles().filter(file -> !ShippedFiles.PLANS_DIR.relativize(file).startsWith("fragments"));
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void loadsWithSaveService(Path file) throws IOException {
    HashTree tree = SaveService.loadTree(file.toFile());
    assertThat(tree.getArray()).as("root of %s", file).hasSize(1);
    assertThat(tree.getArray()[0]).as("root of %s", file).isInstanceOf(TestPlan.class);
  }

  @Test
  void shipsTheIssuedScenarios() {
    assertThat(ShippedFiles.plan("quick.jmx")).isRegularFile();
    assertThat(ShippedFiles.plan("api.jmx")).isRegularFile();
    assertThat(ShippedFiles.plan("calls.jmx")).isRegularFile();
    assertThat(ShippedFiles.plan("websocket.jmx")).isRegularFile();
    assertThat(ShippedFiles.plan("concurrent.jmx")).isRegularFile();
    assertThat(ShippedFiles.plan("database.jmx")).isRegularFile();
    assertThat(ShippedFiles.plan("mixed.jmx")).isRegularFile();
  }

  /** A thread group that neither counts its loops nor has a duration runs until someone kills it. */
  @ParameterizedTest
  @MethodSource("runnablePlans")
  void everyThreadGroupStopsByItself(Path file) throws IOException {
    List<AbstractThreadGroup> groups = find(SaveService.loadTree(file.toFile()), AbstractThreadGroup.class);
    assertThat(groups).as("thread groups in %s", file).isNotEmpty();
    for (AbstractThreadGroup group : groups) {
      ThreadGroup threadGroup = (ThreadGroup) group;
      LoopController loops = (LoopController) threadGroup.getSamplerController();
      boolean countedLoops = !"-1".equals(loops.getPropertyAsString(LoopController.LOOPS));
      boolean hasDuration = threadGroup.getScheduler()
          && !threadGroup.getPropertyAsString(ThreadGroup.DURATION).isBlank();
      assertThat(countedLoops || hasDuration)
          .as("'%s' in %s is bounded by a loop count or a scheduler duration", group.getName(), file)
          .isTrue();
    }
  }

  /** mixed.jmx: a thread group per scenario of the config, each on its share of users and of the rate. */
  @Test
  void mixedRunsOneGroupPerScenarioOnItsShare() throws IOException {
    HashTree plan = SaveService.loadTree(ShippedFiles.plan("mixed.jmx").toFile());
    List<ThreadGroup> groups = find(plan, ThreadGroup.class).stream()
        .filter(group -> !(group instanceof SetupThreadGroup)).collect(Collectors.toList());
    assertThat(groups).extracting(ThreadGroup::getName)
        .containsExactly("api_load", "call_simulation", "websocket", "database");
    for (ThreadGroup group : groups) {
      String share = "be.scenario." + group.getName();
      assertThat(group.getPropertyAsString(ThreadGroup.NUM_THREADS)).as("threads of %s", group.getName())
          .isEqualTo("${__P(" + share + ".users,0)}");
      HashTree groupTree = plan.search(group);
      assertThat(find(groupTree, TargetRateTimer.class)).as("rate timer of %s", group.getName()).singleElement()
          .satisfies(timer -> assertThat(timer.getPropertyAsString("targetRps"))
              .isEqualTo("${__P(" + share + ".rps,0)}"));
    }
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void includedFragmentsExist(Path file) throws IOException {
    Path planDir = file.getParent();
    for (IncludeController include : find(SaveService.loadTree(file.toFile()), IncludeController.class)) {
      assertThat(planDir.resolve(include.getIncludePath()))
          .as("fragment '%s' included by %s", include.getIncludePath(), file)
          .isRegularFile();
    }
  }

  /**
   * JMeter's GUI shows a boolean field of a TestBean as a True/False list, which takes a boolProp or an
   * expression: a plain "true" saved as a stringProp opens an "invalid value" dialog when the plan is
   * opened (JMeterGuiIT sees it), although `jmeter -n` runs it.
   */
  @ParameterizedTest
  @MethodSource("shippedFiles")
  void booleanFieldsOfTestBeansAreSavedAsTheGuiSavesThem(Path file) throws Exception {
    for (TestBean bean : find(SaveService.loadTree(file.toFile()), TestBean.class)) {
      TestElement element = (TestElement) bean;
      for (PropertyDescriptor field : Introspector.getBeanInfo(bean.getClass()).getPropertyDescriptors()) {
        if (field.getPropertyType() != boolean.class || field.getWriteMethod() == null) {
          continue;
        }
        JMeterProperty saved = element.getProperty(field.getName());
        assertThat(saved instanceof BooleanProperty || saved instanceof NullProperty
            || saved.getStringValue().contains("${"))
            .as("'%s' of '%s' in %s is a boolProp or a ${...} expression, not %s '%s'", field.getName(),
                element.getName(), file, saved.getClass().getSimpleName(), saved.getStringValue())
            .isTrue();
      }
    }
  }

  private static <T> List<T> find(HashTree tree, Class<T> type) {
    SearchByClass<T> search = new SearchByClass<>(type);
    tree.traverse(search);
    return List.copyOf(search.getSearchResults());
  }
}
