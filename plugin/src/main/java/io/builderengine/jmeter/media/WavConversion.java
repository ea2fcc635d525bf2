package io.builderengine.jmeter.media;

import java.nio.file.Path;

/**
 * Turns a WAVE file's samples into a stream's encoding: as stored when the file already is in it,
 * else mu-law encoded, mu-law decoded or linearly resampled. Stateless and thread-safe.
 *
 * <p>Accepted: mono PCM16 at any rate (resampled to the encoding's rate; PCM16 8 kHz becomes
 * {@link AudioEncoding#MULAW_8K} by encoding alone), and mono mu-law at the encoding's rate.
 */
final class WavConversion {

  private WavConversion() {
  }

  /**
   * @return the file's audio in {@code encoding}, not empty
   * @throws AudioFileException naming the file, what is wrong and how to convert it
   */
  static byte[] toEncoding(WavFile wav, AudioEncoding encoding, Path path)
      throws AudioFileException {
    int targetRateHz = encoding.sampleRateHz();
    if (wav.channels() != 1 || !(wav.isPcm16() || wav.isMuLaw())) {
      throw WavFile.problem(path, wav.describe(), targetRateHz);
    }
    if (wav.isMuLaw() && wav.sampleRateHz() != targetRateHz) {
      throw WavFile.problem(path, wav.describe() + ", but " + encoding + " needs " + targetRateHz
          + " Hz", targetRateHz);
    }
    int bytesPerSample = wav.bitsPerSample() / 8;
    if (wav.data().length < bytesPerSample) {
      throw WavFile.problem(path, "no audio samples", targetRateHz);
    }
    if (wav.isMuLaw() && encoding == AudioEncoding.MULAW_8K) {
      return wav.data();
    }
    short[] samples = wav.isMuLaw() ? decodeMuLaw(wav.data())
        : Pcm16.fromLittleEndian(wav.data(), 0, wav.data().length - wav.data().length % 2);
    if (wav.sampleRateHz() != targetRateHz) {
      samples = LinearResampler.resample(samples, wav.sampleRateHz(), targetRateHz);
    }
    return Pcm16.encode(samples, encoding);
  }

  private static short[] decodeMuLaw(byte[] mulaw) {
    short[] samples = new short[mulaw.length];
    for (int i = 0; i < mulaw.length; i++) {
      samples[i] = MuLaw.decode(mulaw[i]);
    }
    return samples;
  }
}
