package io.builderengine.jmeter.plans;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import javax.swing.tree.TreeNode;
import javax.swing.tree.TreePath;
import org.apache.jmeter.gui.GuiPackage;
import org.apache.jmeter.gui.action.ActionNames;
import org.apache.jmeter.gui.action.ActionRouter;
import org.apache.jmeter.gui.action.Load;
import org.apache.jmeter.gui.tree.JMeterTreeNode;
import org.apache.jmeter.testelement.TestElement;
import org.apache.jmeter.testelement.property.JMeterProperty;
import org.apache.jmeter.testelement.property.PropertyIterator;
import org.apache.jmeter.util.JMeterUtils;

/**
 * Runs inside the real JMeter GUI that {@link JMeterGuiIT} starts: JMeter's start-up script
 * (jsr223.init.file, which JMeter runs in the GUI too, once the main window is up) calls {@link #run()}.
 * It either opens one plan as File &gt; Open does and selects each element of ours in the tree, or adds
 * elements to the empty plan as the Add menu does; either way JMeter shows each element's GUI, and the
 * tour paints the main window into one PNG per element, writes what it saw to {@value #REPORT_FILE}
 * and exits JMeter.
 *
 * <p>Any dialog that opens (JMeter's "invalid value" warning, an error on load) is painted, recorded
 * and closed, so that the test fails with its text instead of JMeter hanging on it. This is also why
 * the plan is opened here rather than with {@code -t}: JMeter runs the start-up script only once
 * {@code -t}'s load has ended, which a modal dialog would block.
 *
 * <p>Loaded by JMeter's own class loader (user.classpath): it uses the JDK and JMeter only.
 */
public final class GuiScreenshotTour {

  static final String REPORT_FILE = "report.tsv";
  // The kinds of report line (its first field), then the fields that follow it.
  /** The plan opened: its file name. */
  static final String LOADED = "loaded";
  /** An element of ours in the plan, selected: class, name, PNG, class of the element whose GUI shows. */
  static final String NODE = "node";
  /** An element just added from the menu: class, name, PNG, class shown, then its properties as name=value. */
  static final String ADDED = "added";
  /** Its masked fields, a value typed in: simple class name, how many, PNG. */
  static final String MASKED = "masked";
  /** A dialog JMeter opened: title, text, PNG. */
  static final String DIALOG = "dialog";
  /** The tour failed: the stack trace. */
  static final String ERROR = "error";
  /** The tour ended. */
  static final String DONE = "done";

  /** JMeter properties the test sets with -J. */
  static final String PLAN_PROPERTY = "be.gui.plan";
  /** Comma-separated TestBean classes to add from the menu, when no plan is given. */
  static final String ADD_PROPERTY = "be.gui.add";
  static final String OUTPUT_PROPERTY = "be.gui.out";
  static final String TIMEOUT_PROPERTY = "be.gui.timeout_seconds";

  static final int FRAME_WIDTH = 1400;
  static final int FRAME_HEIGHT = 860;
  /** Typed into masked fields, for the picture: the test checks it reaches no file. */
  static final String TYPED_SECRET = "typed-secret-4f7a";
  private static final String OUR_PACKAGE = "io.builderengine.";
  private static final long POLL_MILLIS = 50;
  /** After a tree selection, JMeter shows the element's GUI through further EDT events. */
  private static final int SETTLE_ROUNDS = 3;
  private static final long SETTLE_MILLIS = 200;

  private final Path output;
  private final long deadlineNanos;
  private final Set<Window> seenDialogs = Collections.newSetFromMap(new IdentityHashMap<>());
  private int dialogCount;

  private GuiScreenshotTour(Path output, long timeoutSeconds) {
    this.output = output;
    this.deadlineNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
  }

  /** Entry point for the start-up script; always ends the JVM. */
  public static void run() {
    Path output = Path.of(JMeterUtils.getPropDefault(OUTPUT_PROPERTY, "gui-screenshots"));
    GuiScreenshotTour tour = new GuiScreenshotTour(output, JMeterUtils.getPropDefault(TIMEOUT_PROPERTY, 40));
    try {
      Files.createDirectories(output);
      Files.writeString(output.resolve(REPORT_FILE), "");
      tour.tour(JMeterUtils.getPropDefault(PLAN_PROPERTY, ""), JMeterUtils.getPropDefault(ADD_PROPERTY, ""));
      tour.record(DONE);
    } catch (Throwable e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      tour.record(ERROR, trace.toString());
    } finally {
      System.exit(0);
    }
  }

  private void tour(String planPath, String classesToAdd) throws Exception {
    GuiPackage gui = awaitMainWindow();
    onEdt(() -> {
      gui.getMainFrame().setSize(FRAME_WIDTH, FRAME_HEIGHT);
      gui.getMainFrame().validate();
      return null;
    });
    settle();
    if (!planPath.isEmpty()) {
      openPlan(gui, planPath);
    } else if (!classesToAdd.isEmpty()) {
      addFromMenu(gui, List.of(classesToAdd.split(",")));
    } // else JMeter on its own: the baseline of its log
    closeDialogs();
  }

  private void openPlan(GuiPackage gui, String planPath) throws Exception {
    File plan = new File(planPath).getAbsoluteFile();
    onEdt(() -> {
      openAsFileOpenDoes(gui, plan);
      return null;
    });
    settle();
    if (!plan.getPath().equals(gui.getTestPlanFile())) {
      throw new IllegalStateException("JMeter did not load " + plan + "; its plan is " + gui.getTestPlanFile());
    }
    record(LOADED, plan.getName());
    List<JMeterTreeNode> ours = onEdt(() -> ourNodes(gui));
    for (int i = 0; i < ours.size(); i++) {
      JMeterTreeNode node = ours.get(i);
      onEdt(() -> {
        gui.getTreeListener().getJTree().setSelectionPath(new TreePath(node.getPath()));
        return null;
      });
      settle();
      Path png = output.resolve(String.format("%02d-%s.png", i + 1, node.getTestElement().getClass().getSimpleName()));
      String shown = paintMainWindow(gui, png);
      record(NODE, node.getTestElement().getClass().getName(), node.getName(), png.getFileName().toString(), shown);
    }
  }

  /** Adds each class under the Test Plan as its Add menu item does (AddToTree), then shows it. */
  private void addFromMenu(GuiPackage gui, List<String> classNames) throws Exception {
    for (int i = 0; i < classNames.size(); i++) {
      String className = classNames.get(i);
      JMeterTreeNode node = onEdt(() -> {
        JMeterTreeNode testPlan = (JMeterTreeNode) ((JMeterTreeNode) gui.getTreeModel().getRoot()).getChildAt(0);
        gui.getTreeListener().getJTree().setSelectionPath(new TreePath(testPlan.getPath()));
        JMenuItem menuItem = new JMenuItem(className);
        menuItem.setName(className); // MenuFactory names each item after the class it adds
        ActionRouter.getInstance().doActionNow(new ActionEvent(menuItem, ActionEvent.ACTION_PERFORMED, ActionNames.ADD));
        return gui.getCurrentNode();
      });
      settle();
      String simpleName = className.substring(className.lastIndexOf('.') + 1);
      Path png = output.resolve(String.format("%02d-%s-added.png", i + 1, simpleName));
      String shown = paintMainWindow(gui, png);
      List<String> fields = new ArrayList<>(List.of(ADDED, node.getTestElement().getClass().getName(), node.getName(),
          png.getFileName().toString(), shown));
      PropertyIterator properties = node.getTestElement().propertyIterator();
      while (properties.hasNext()) {
        JMeterProperty property = properties.next();
        if (!property.getName().contains(".")) { // JMeter's own TestElement.* and TestPlan.* keys
          fields.add(property.getName() + "=" + property.getStringValue());
        }
      }
      record(fields.toArray(String[]::new));
      typeIntoMaskedFields(gui, simpleName, i + 1);
    }
  }

  /** @return the class of the element whose GUI the window shows */
  private String paintMainWindow(GuiPackage gui, Path png) throws Exception {
    return onEdt(() -> {
      gui.getMainFrame().validate();
      paint(gui.getMainFrame(), png);
      TestElement current = gui.getCurrentElement();
      return current == null ? "" : current.getClass().getName();
    });
  }

  /** Types a value into each masked field that shows, and paints it: the picture of a masked secret. */
  private void typeIntoMaskedFields(GuiPackage gui, String simpleName, int index) throws Exception {
    Path png = output.resolve(String.format("%02d-%s-masked.png", index, simpleName));
    int count = onEdt(() -> {
      List<JPasswordField> fields = descendants(gui.getMainFrame().getContentPane(), JPasswordField.class);
      fields.forEach(field -> field.setText(TYPED_SECRET));
      if (!fields.isEmpty()) {
        paint(gui.getMainFrame(), png);
      }
      return fields.size();
    });
    if (count > 0) {
      record(MASKED, simpleName, String.valueOf(count), png.getFileName().toString());
    }
  }

  private static <T> List<T> descendants(Component component, Class<T> type) {
    List<T> found = new ArrayList<>();
    if (type.isInstance(component) && component.isShowing()) {
      found.add(type.cast(component));
    }
    if (component instanceof Container container) {
      for (Component child : container.getComponents()) {
        found.addAll(descendants(child, type));
      }
    }
    return found;
  }

  private GuiPackage awaitMainWindow() throws InterruptedException {
    while (GuiPackage.getInstance() == null || GuiPackage.getInstance().getMainFrame() == null
        || !GuiPackage.getInstance().getMainFrame().isShowing()) {
      checkDeadline("JMeter's main window did not show");
      Thread.sleep(POLL_MILLIS);
    }
    return GuiPackage.getInstance();
  }

  /** Load.loadProjectFile is what File &gt; Open and -t call; it is package-private. */
  private static void openAsFileOpenDoes(GuiPackage gui, File plan) throws ReflectiveOperationException {
    Method load = Load.class.getDeclaredMethod("loadProjectFile", ActionEvent.class, File.class, boolean.class);
    load.setAccessible(true);
    load.invoke(null, new ActionEvent(gui.getMainFrame(), ActionEvent.ACTION_PERFORMED, "open"), plan, false);
  }

  private static List<JMeterTreeNode> ourNodes(GuiPackage gui) {
    List<JMeterTreeNode> ours = new ArrayList<>();
    Enumeration<TreeNode> nodes = ((JMeterTreeNode) gui.getTreeModel().getRoot()).preorderEnumeration();
    while (nodes.hasMoreElements()) {
      JMeterTreeNode node = (JMeterTreeNode) nodes.nextElement();
      if (node.getTestElement().getClass().getName().startsWith(OUR_PACKAGE)) {
        ours.add(node);
      }
    }
    return ours;
  }

  /** Runs a task on the EDT and waits for it, closing any dialog that opens meanwhile. */
  private <T> T onEdt(Callable<T> task) throws Exception {
    CompletableFuture<T> done = new CompletableFuture<>();
    SwingUtilities.invokeLater(() -> {
      try {
        done.complete(task.call());
      } catch (Throwable e) {
        done.completeExceptionally(e);
      }
    });
    while (!done.isDone()) {
      checkDeadline("the GUI did not answer");
      closeDialogs();
      Thread.sleep(POLL_MILLIS);
    }
    try {
      return done.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private void settle() throws Exception {
    for (int i = 0; i < SETTLE_ROUNDS; i++) {
      onEdt(() -> null);
    }
    Thread.sleep(SETTLE_MILLIS);
    onEdt(() -> null);
    closeDialogs();
  }

  /** Paints, records and closes each new dialog: the EDT keeps dispatching while a modal one shows. */
  private void closeDialogs() throws InterruptedException, ExecutionException, TimeoutException {
    for (Window window : Window.getWindows()) {
      if (!(window instanceof Dialog dialog) || !dialog.isShowing() || !seenDialogs.add(dialog)) {
        continue;
      }
      Path png = output.resolve("dialog-" + (++dialogCount) + ".png");
      CompletableFuture<String> text = new CompletableFuture<>();
      SwingUtilities.invokeLater(() -> {
        try {
          paint(dialog, png);
          text.complete(String.join(" | ", textsOf(dialog)));
        } catch (Throwable e) {
          text.complete("(could not read the dialog: " + e + ")");
        } finally {
          dialog.dispose();
        }
      });
      record(DIALOG, String.valueOf(dialog.getTitle()), text.get(10, TimeUnit.SECONDS), png.getFileName().toString());
    }
  }

  private static List<String> textsOf(Component component) {
    List<String> texts = new ArrayList<>();
    if (component instanceof JOptionPane pane) {
      texts.add(String.valueOf(pane.getMessage()));
    } else if (component instanceof JTextComponent field && !field.getText().isBlank()) {
      texts.add(field.getText());
    }
    if (component instanceof Container container) {
      for (Component child : container.getComponents()) {
        texts.addAll(textsOf(child));
      }
    }
    return texts;
  }

  private static void paint(Component component, Path png) {
    BufferedImage image = new BufferedImage(component.getWidth(), component.getHeight(), BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    try {
      component.paint(graphics);
    } finally {
      graphics.dispose();
    }
    try {
      ImageIO.write(image, "png", png.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkDeadline(String what) {
    if (System.nanoTime() > deadlineNanos) {
      throw new IllegalStateException(what + " within " + JMeterUtils.getPropDefault(TIMEOUT_PROPERTY, 40) + " s");
    }
  }

  /** One tab-separated line; tabs and line breaks inside a field become spaces. */
  private synchronized void record(String... fields) {
    String line = Stream.of(fields).map(field -> field.replaceAll("[\t\r\n]+", " "))
        .collect(Collectors.joining("\t")) + "\n";
    try {
      Files.writeString(output.resolve(REPORT_FILE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
