package io.builderengine.simulator.ws;

/**
 * Counts received audio and tells when each further whole second of it is complete; transcripts
 * are paced by audio time, not wall-clock time, so they are deterministic for a given input.
 */
final class AudioMeter {

  private final int bytesPerSecond;
  private long totalBytes;

  /** @param bytesPerSecond e.g. 8000 for 8 kHz mu-law, 32000 for 16 kHz PCM16 */
  AudioMeter(int bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
  }

  /** Adds audio; returns how many whole seconds it completed (usually 0 or 1). */
  int add(int bytes) {
    long secondsBefore = completedSeconds();
    totalBytes += bytes;
    return (int) (completedSeconds() - secondsBefore);
  }

  long completedSeconds() {
    return totalBytes / bytesPerSecond;
  }

  long audioMillis() {
    return totalBytes * 1000 / bytesPerSecond;
  }

  long totalBytes() {
    return totalBytes;
  }
}
