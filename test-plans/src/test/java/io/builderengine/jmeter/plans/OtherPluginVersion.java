package io.builderengine.jmeter.plans;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A JMeter home like the build's, but whose plugin jar says it is another version: what an engine
 * that was not upgraded with the controller looks like. bin/ is copied (JMeter finds its home from
 * there); every jar is a link to the build's, except the plugin, rewritten with the other version.
 */
final class OtherPluginVersion {

  private OtherPluginVersion() {
  }

  static Path home(Path buildHome, Path target, String version) throws IOException {
    copyTree(buildHome.resolve("bin"), target.resolve("bin"));
    linkEntries(buildHome.resolve("lib"), target.resolve("lib"), List.of("ext"));
    Path ext = target.resolve("lib/ext");
    linkEntries(buildHome.resolve("lib/ext"), ext, List.of());
    try (Stream<Path> jars = Files.list(ext)) {
      for (Path plugin : jars.filter(jar -> jar.getFileName().toString().startsWith("builder-engine-jmeter-plugin")).toList()) {
        Path original = plugin.toRealPath();
        Files.delete(plugin);
        rewriteVersion(original, plugin, version);
      }
    }
    return target;
  }

  private static void rewriteVersion(Path jar, Path target, String version) throws IOException {
    try (JarFile source = new JarFile(jar.toFile())) {
      Manifest manifest = new Manifest(source.getManifest());
      manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
        Enumeration<JarEntry> entries = source.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
            continue;
          }
          out.putNextEntry(new JarEntry(entry.getName()));
          try (InputStream in = source.getInputStream(entry)) {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
  }

  private static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
  }

  private static void linkEntries(Path source, Path target, List<String> except) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> entries = Files.list(source)) {
      for (Path entry : entries.filter(entry -> !except.contains(entry.getFileName().toString())).toList()) {
        Files.createSymbolicLink(target.resolve(entry.getFileName()), entry.toAbsolutePath());
      }
    }
  }
}
