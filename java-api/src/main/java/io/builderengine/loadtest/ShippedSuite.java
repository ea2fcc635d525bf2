package io.builderengine.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The shipped plans, their fragments and the default config, unpacked from this jar into a folder
 * laid out as the suite is ({@code test-plans/*.jmx}, {@code test-plans/fragments/},
 * {@code profiles/config.yaml}): the plans include their fragments by relative path.
 */
final class ShippedSuite {

  private static final String BUNDLE = "shipped-suite.zip";

  private final Path folder;

  private ShippedSuite(Path folder) {
    this.folder = folder;
  }

  /** Unpacks the suite into a new temporary folder. */
  static ShippedSuite unpack() {
    try {
      Path folder = Files.createTempDirectory("builder-engine-suite");
      try (InputStream bundle = ShippedSuite.class.getResourceAsStream(BUNDLE)) {
        if (bundle == null) {
          throw new IllegalStateException(BUNDLE + " is missing from the class path: the Java API jar is incomplete");
        }
        unzip(bundle, folder);
      }
      return new ShippedSuite(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not unpack the shipped plans into a temporary folder", e);
    }
  }

  Path plan(String fileName) {
    return folder.resolve("test-plans").resolve(fileName);
  }

  Path defaultConfigFile() {
    return folder.resolve("profiles/config.yaml");
  }

  private static void unzip(InputStream bundle, Path target) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(bundle)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          throw new IOException("Entry escapes the folder: " + entry.getName());
        }
        if (!entry.isDirectory()) {
          Files.createDirectories(file.getParent());
          Files.copy(zip, file);
        }
      }
    }
  }
}
