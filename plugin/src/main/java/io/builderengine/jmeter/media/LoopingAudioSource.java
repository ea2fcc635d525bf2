package io.builderengine.jmeter.media;

/**
 * Plays encoded audio held in memory, from the start again after its end. Not thread-safe: one per
 * stream; streams may share the audio array, which is never written.
 */
final class LoopingAudioSource implements AudioSource {

  private final byte[] audio;
  private int position;

  /** @param audio encoded audio, not empty; kept, not copied */
  LoopingAudioSource(byte[] audio) {
    if (audio.length == 0) {
      throw new IllegalArgumentException("audio must not be empty");
    }
    this.audio = audio;
  }

  @Override
  public void nextFrame(byte[] frame) {
    int written = 0;
    while (written < frame.length) {
      int chunk = Math.min(frame.length - written, audio.length - position);
      System.arraycopy(audio, position, frame, written, chunk);
      written += chunk;
      position = (position + chunk) % audio.length;
    }
  }
}
