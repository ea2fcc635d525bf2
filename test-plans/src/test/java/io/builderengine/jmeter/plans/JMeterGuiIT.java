package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.gui.GenericTestBeanCustomizer;
import org.apache.jmeter.testbeans.gui.TypeEditor;
import org.apache.jorphan.reflect.ClassFinder;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Our elements in the real JMeter 5.6.3 GUI, under Xvfb: every shipped plan opens with no dialog,
 * each element of ours in it shows its GUI (one screenshot each, in target/gui-screenshots/PLAN/),
 * and each of our elements added from the menu starts with its defaults; jmeter.log and the console
 * hold no warning and no error. {@link GuiScreenshotTour} drives JMeter from inside.
 */
class JMeterGuiIT {

  /** One JMeter GUI session: start-up, a plan, its screenshots; 10 to 30 s here, on 2 busy cores. */
  private static final long SESSION_TIMEOUT_SECONDS = 60;
  private static final Path OUTPUT = Path.of("target/gui-screenshots");
  private static final String OUR_PACKAGE = "io.builderengine.";

  /**
   * WARN and ERROR lines that JMeter 5.6.3 writes to jmeter.log on its own. None: its GUI started with
   * no plan (GuiScreenshotTour given neither a plan nor classes) logs none, so any such line comes from
   * a plan or an element of ours.
   */
  private static final List<Pattern> JMETER_OWN_LOG_PROBLEMS = List.of();
  private static final Pattern LOG_PROBLEM = Pattern.compile("^\\S+ \\S+ (WARN|ERROR) ");

  /** Console lines with a warning or an error word that JMeter 5.6.3 prints with no plan too, and why. */
  private static final Map<Pattern, String> JMETER_OWN_CONSOLE_PROBLEMS = Map.of(
      Pattern.compile("^WARN StatusConsoleListener The use of package scanning to locate plugins is deprecated.*"),
      "Log4j 2.22 on JMeter's own bin/log4j2.xml, whose <Configuration packages=...> is deprecated");
  private static final Pattern CONSOLE_PROBLEM = Pattern.compile("(?i)\\b(warn|warning|error|exception|severe)\\b");

  private static XvfbDisplay display;

  @BeforeAll
  static void startDisplay() throws Exception {
    display = XvfbDisplay.start(OUTPUT);
  }

  @AfterAll
  static void stopDisplay() throws Exception {
    if (display != null) {
      display.close();
    }
  }

  static List<String> shippedPlans() throws IOException {
    try (Stream<Path> files = Files.list(ShippedFiles.PLANS_DIR)) {
      List<String> plans = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jmx"))
          .sorted().toList();
      assertThat(plans).as("plans in %s", ShippedFiles.PLANS_DIR).isNotEmpty();
      return plans;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedPlans")
  void opensWithEachElementOfOursShownAndNothingWarned(String planName) throws Exception {
    Path plan = ShippedFiles.plan(planName).toAbsolutePath().normalize();
    GuiJMeter.Run run = GuiJMeter.run(display, Map.of(GuiScreenshotTour.PLAN_PROPERTY, plan.toString()),
        OUTPUT.resolve(planName.replace(".jmx", "")), SESSION_TIMEOUT_SECONDS);

    SoftAssertions softly = new SoftAssertions();
    assertTourEnded(softly, run);
    softly.assertThat(run.lines(GuiScreenshotTour.LOADED)).as("%s loaded", planName).hasSize(1);
    List<List<String>> nodes = run.lines(GuiScreenshotTour.NODE);
    softly.assertThat(nodes.stream().map(node -> node.get(1) + " | " + node.get(2)).toList())
        .as("elements of ours in JMeter's tree (class | name), in the order of %s", planName)
        .isNotEmpty()
        .containsExactlyElementsOf(ourElementsIn(plan));
    for (List<String> node : nodes) {
      softly.assertThat(node.get(4)).as("element whose GUI shows once %s is selected", node.get(2))
          .isEqualTo(node.get(1));
      assertPicture(softly, run.folder().resolve(node.get(3)));
    }
    assertNothingWarned(softly, run);
    softly.assertAll();
  }

  @Test
  void eachElementOfOursAddedFromTheMenuShowsItsDefaultsAndMasksItsSecret() throws Exception {
    List<Class<?>> beans = ourTestBeans();
    GuiJMeter.Run run = GuiJMeter.run(display,
        Map.of(GuiScreenshotTour.ADD_PROPERTY, beans.stream().map(Class::getName).collect(Collectors.joining(","))),
        OUTPUT.resolve("added-from-menu"), SESSION_TIMEOUT_SECONDS);

    SoftAssertions softly = new SoftAssertions();
    assertTourEnded(softly, run);
    List<List<String>> added = run.lines(GuiScreenshotTour.ADDED);
    softly.assertThat(added.stream().map(line -> line.get(1)).toList()).as("elements added from the menu")
        .containsExactlyElementsOf(beans.stream().map(Class::getName).toList());
    Map<String, Integer> expectedMasked = new HashMap<>();
    for (int i = 0; i < Math.min(added.size(), beans.size()); i++) {
      List<String> line = added.get(i);
      Class<?> bean = beans.get(i);
      softly.assertThat(line.get(4)).as("element whose GUI shows once %s is added", bean.getSimpleName())
          .isEqualTo(bean.getName());
      assertPicture(softly, run.folder().resolve(line.get(3)));
      Map<String, String> saved = line.subList(5, line.size()).stream()
          .collect(Collectors.toMap(field -> field.substring(0, field.indexOf('=')),
              field -> field.substring(field.indexOf('=') + 1)));
      for (PropertyDescriptor property : Introspector.getBeanInfo(bean).getPropertyDescriptors()) {
        if (property.isHidden() || property.getWriteMethod() == null) {
          continue;
        }
        softly.assertThat(saved).as("%s added from the menu", bean.getSimpleName())
            .containsEntry(property.getName(), String.valueOf(property.getValue(GenericTestBeanCustomizer.DEFAULT)));
        if (property.getValue(GenericTestBeanCustomizer.GUITYPE) == TypeEditor.PasswordEditor) {
          expectedMasked.merge(bean.getSimpleName(), 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> masked = new HashMap<>();
    for (List<String> line : run.lines(GuiScreenshotTour.MASKED)) {
      masked.put(line.get(1), Integer.valueOf(line.get(2)));
      assertPicture(softly, run.folder().resolve(line.get(3)));
    }
    softly.assertThat(masked).as("masked fields per element, as their BeanInfo says").isEqualTo(expectedMasked)
        .containsKey("DatabasePool");
    for (Path file : List.of(run.log(), run.stdout(), run.stderr())) {
      softly.assertThat(Files.readString(file)).as("%s holds no typed secret", file.getFileName())
          .doesNotContain(GuiScreenshotTour.TYPED_SECRET);
    }
    assertNothingWarned(softly, run);
    softly.assertAll();
  }

  private static void assertTourEnded(SoftAssertions softly, GuiJMeter.Run run) {
    softly.assertThat(run.exitedInTime()).as("JMeter ended within %d s; see %s", SESSION_TIMEOUT_SECONDS,
        run.folder()).isTrue();
    softly.assertThat(run.lines(GuiScreenshotTour.DIALOG)).as("dialogs JMeter opened (title, text, picture)")
        .isEmpty();
    softly.assertThat(run.lines(GuiScreenshotTour.ERROR)).as("the tour's failures").isEmpty();
    softly.assertThat(run.lines(GuiScreenshotTour.DONE)).as("the tour's end in %s", run.folder()).hasSize(1);
  }

  private static void assertNothingWarned(SoftAssertions softly, GuiJMeter.Run run) throws IOException {
    softly.assertThat(Files.readAllLines(run.log()).stream()
            .filter(line -> LOG_PROBLEM.matcher(line).find())
            .filter(line -> JMETER_OWN_LOG_PROBLEMS.stream().noneMatch(allowed -> allowed.matcher(line).find())))
        .as("WARN and ERROR lines of %s", run.log())
        .isEmpty();
    List<String> console = new ArrayList<>(Files.readAllLines(run.stdout(), StandardCharsets.UTF_8));
    console.addAll(Files.readAllLines(run.stderr(), StandardCharsets.UTF_8));
    softly.assertThat(console.stream()
            .filter(line -> CONSOLE_PROBLEM.matcher(line).find())
            .filter(line -> JMETER_OWN_CONSOLE_PROBLEMS.keySet().stream().noneMatch(own -> own.matcher(line).matches())))
        .as("warnings and errors on JMeter's console (%s, %s)", run.stdout(), run.stderr())
        .isEmpty();
  }

  /** A painted window: JMeter's main frame at the tour's size, with more than a handful of colours. */
  private static void assertPicture(SoftAssertions softly, Path png) throws IOException {
    softly.assertThat(png).as("screenshot").isRegularFile();
    if (!Files.isRegularFile(png)) {
      return;
    }
    BufferedImage image = ImageIO.read(png.toFile());
    softly.assertThat(image.getWidth()).as("%s width", png.getFileName()).isEqualTo(GuiScreenshotTour.FRAME_WIDTH);
    softly.assertThat(image.getHeight()).as("%s height", png.getFileName()).isEqualTo(GuiScreenshotTour.FRAME_HEIGHT);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    softly.assertThat(colours.size()).as("colours in %s", png).isGreaterThan(50);
  }

  /** class | name of each element of ours in the plan file, in document order: the tree's order. */
  private static List<String> ourElementsIn(Path plan) throws Exception {
    NodeList elements = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(plan.toFile())
        .getElementsByTagName("*");
    List<String> ours = new ArrayList<>();
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      if (element.getAttribute("testclass").startsWith(OUR_PACKAGE)) {
        ours.add(element.getAttribute("testclass") + " | " + element.getAttribute("testname"));
      }
    }
    return ours;
  }

  /** Our TestBeans as JMeter's menu finds them: in the plugin jar of lib/ext. */
  private static List<Class<?>> ourTestBeans() throws Exception {
    Path libExt = HeadlessJMeter.jmeterHome().resolve("lib/ext");
    List<String> jars;
    try (Stream<Path> files = Files.list(libExt)) {
      jars = files.map(Path::toString).filter(name -> name.contains("builder-engine-jmeter-plugin")).toList();
    }
    assertThat(jars).as("our plugin jar in %s", libExt).hasSize(1);
    List<Class<?>> beans = new ArrayList<>();
    for (String name : ClassFinder.findClassesThatExtend(jars.toArray(String[]::new), new Class<?>[] {TestBean.class})) {
      beans.add(Class.forName(name));
    }
    beans.sort((a, b) -> a.getName().compareTo(b.getName()));
    assertThat(beans).as("TestBeans in %s", jars).hasSizeGreaterThanOrEqualTo(8);
    return beans;
  }
}
