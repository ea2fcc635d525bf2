package io.builderengine.jmeter.media;

import java.nio.file.Path;
import java.util.Objects;

/** Where a stream's audio comes from: a generated tone, or a WAVE file played in a loop. */
public final class AudioSources {

  private AudioSources() {
  }

  /**
   * A sine tone at -6 dBFS in {@code encoding} (G.711 mu-law encoded for
   * {@link AudioEncoding#MULAW_8K}).
   *
   * @param frequencyHz above 0 and below half the encoding's sample rate, e.g. 440
   * @throws IllegalArgumentException for a frequency out of that range
   */
  public static AudioSource tone(AudioEncoding encoding, double frequencyHz) {
    return new ToneAudioSource(Objects.requireNonNull(encoding, "encoding"), frequencyHz);
  }

  /**
   * A WAVE file, read once into memory and played in a loop. The file must be mono, either PCM16
   * (at the encoding's rate; another rate is resampled linearly, and 8 kHz PCM16 is mu-law
   * encoded for {@link AudioEncoding#MULAW_8K}) or mu-law (format 7) at the encoding's rate.
   *
   * <p>Each call reads the file again: to give many streams the same file, read it per stream
   * (the audio is small) or keep one source per stream.
   *
   * @throws AudioFileException whose message names the file, what is wrong and how to convert it,
   *     e.g. {@code /x/a.wav: PCM16 44100 Hz stereo; convert to mono 8000 or 16000 Hz PCM16, e.g.
   *     sox in.wav -r 8000 -c 1 -e signed -b 16 out.wav}
   */
  public static AudioSource wav(Path wavFile, AudioEncoding encoding) throws AudioFileException {
    Objects.requireNonNull(wavFile, "wavFile");
    Objects.requireNonNull(encoding, "encoding");
    return new LoopingAudioSource(
        WavConversion.toEncoding(WavFile.read(wavFile), encoding, wavFile));
  }
}
