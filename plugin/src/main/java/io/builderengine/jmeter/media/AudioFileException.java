package io.builderengine.jmeter.media;

/**
 * An audio file that cannot be streamed. The message names the file, says what is wrong with it
 * and how to fix it, ready to show to the person who chose the file.
 */
public final class AudioFileException extends Exception {

  private static final long serialVersionUID = 1L;

  public AudioFileException(String message) {
    super(message);
  }

  public AudioFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
