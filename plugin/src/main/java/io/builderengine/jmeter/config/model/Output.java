package io.builderengine.jmeter.config.model;

import java.util.List;
import java.util.Objects;

/**
 * The file's {@code output}: where results go and in which report formats.
 *
 * <p>Immutable and thread-safe.
 *
 * @param directory results directory as written, relative to the working directory unless absolute
 * @param saveDetailedResults whether every sample is kept, not only the summary
 * @param formats report formats, each one of {@code json}, {@code html}, {@code markdown}, {@code junit}
 */
public record Output(String directory, boolean saveDetailedResults, List<String> formats) {

  public Output {
    Objects.requireNonNull(directory, "directory");
    formats = List.copyOf(formats);
  }
}
