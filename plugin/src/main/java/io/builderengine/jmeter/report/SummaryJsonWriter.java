package io.builderengine.jmeter.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** Writes summary.json, the {@link RunSummary} as JSON, atomically. */
public final class SummaryJsonWriter {

  public static final String FILE_NAME = "summary.json";

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Path write(RunSummary summary, Path outputDirectory) throws IOException {
    Path file = outputDirectory.resolve(FILE_NAME);
    AtomicFiles.write(file, toJson(summary));
    return file;
  }

  byte[] toJson(RunSummary summary) throws JsonProcessingException {
    return mapper.writeValueAsBytes(summary);
  }
}
