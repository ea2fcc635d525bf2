package io.builderengine.jmeter.media;

/**
 * Endless audio, frame by frame, already in the stream's {@link AudioEncoding}. Made by
 * {@link AudioSources}.
 *
 * <p>Not thread-safe: one source per stream, used by the thread that sends the stream's frames.
 */
public interface AudioSource {

  /**
   * Writes the next frame of audio into {@code frame}, whose length is the encoding's
   * {@link AudioEncoding#bytesPerFrame(int) bytes per frame}. The audio loops forever.
   */
  void nextFrame(byte[] frame);
}
