package io.builderengine.jmeter.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The format and samples of a RIFF WAVE file, read whole into memory. Only the {@code fmt } and
 * {@code data} chunks are read; others (LIST, fact, ...) are skipped. Immutable once read (the
 * data array is not copied: do not write it).
 *
 * @param formatCode WAVE format tag: 1 PCM, 7 mu-law, 3 IEEE float, ...; for
 *     WAVE_FORMAT_EXTENSIBLE files, the tag of the sub-format
 * @param channels interleaved channels
 * @param sampleRateHz samples per second per channel
 * @param bitsPerSample bits of one sample of one channel
 * @param data the samples as stored
 */
record WavFile(int formatCode, int channels, int sampleRateHz, int bitsPerSample, byte[] data) {

  static final int FORMAT_PCM = 1;
  static final int FORMAT_FLOAT = 3;
  static final int FORMAT_MULAW = 7;
  private static final int FORMAT_EXTENSIBLE = 0xFFFE;

  private static final int RIFF_HEADER_BYTES = 12;
  private static final int CHUNK_HEADER_BYTES = 8;
  private static final int FMT_MIN_BYTES = 16;
  /** Offset of the sub-format GUID (whose first two bytes are the format tag) in an extensible fmt. */
  private static final int EXTENSIBLE_SUBFORMAT_OFFSET = 24;
  /**
   * The largest file read: every sampler thread holds its audio in memory, and the sampler loops it,
   * so a long recording buys nothing. 64 MiB is over half an hour of 16 kHz PCM16 mono.
   */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /**
   * Reads and parses a WAVE file.
   *
   * @throws AudioFileException if it cannot be read or is not a well-formed RIFF WAVE file
   */
  static WavFile read(Path path) throws AudioFileException {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_FILE_BYTES) {
        throw new AudioFileException(path + ": " + String.format("%,d", size) + " bytes is too large (at most "
            + String.format("%,d", MAX_FILE_BYTES) + ", 64 MiB: every thread holds the audio in memory and loops"
            + " it); cut it to a minute or so, e.g. sox in.wav out.wav trim 0 60");
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new AudioFileException(path + ": cannot be read (" + e + "); check the path and that"
          + " the file is readable", e);
    }
    return parse(path, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
  }

  /** "PCM16 44100 Hz stereo", as people describe a file. */
  String describe() {
    String format = switch (formatCode) {
      case FORMAT_PCM -> "PCM" + bitsPerSample;
      case FORMAT_MULAW -> "mu-law";
      case FORMAT_FLOAT -> "float" + bitsPerSample;
      default -> "format " + formatCode + " (" + bitsPerSample + "-bit)";
    };
    String layout = switch (channels) {
      case 1 -> "mono";
      case 2 -> "stereo";
      default -> channels + " channels";
    };
    return format + " " + sampleRateHz + " Hz " + layout;
  }

  boolean isPcm16() {
    return formatCode == FORMAT_PCM && bitsPerSample == 16;
  }

  boolean isMuLaw() {
    return formatCode == FORMAT_MULAW && bitsPerSample == 8;
  }

  /**
   * A problem with an audio file as a message that names the file and says how to fix it.
   *
   * @param exampleRateHz the sample rate the sox example converts to
   */
  static AudioFileException problem(Path path, String what, int exampleRateHz) {
    return new AudioFileException(path + ": " + what + "; convert to mono 8000 or 16000 Hz PCM16,"
        + " e.g. sox in.wav -r " + exampleRateHz + " -c 1 -e signed -b 16 out.wav");
  }

  private static WavFile parse(Path path, ByteBuffer in) throws AudioFileException {
    if (in.remaining() < RIFF_HEADER_BYTES || !tag(in, 0).equals("RIFF")
        || !tag(in, 8).equals("WAVE")) {
      throw problem(path, "not a RIFF WAVE file", 8_000);
    }
    int at = RIFF_HEADER_BYTES;
    WavFile format = null;
    while (at + CHUNK_HEADER_BYTES <= in.limit()) {
      String id = tag(in, at);
      long size = Integer.toUnsignedLong(in.getInt(at + 4));
      int body = at + CHUNK_HEADER_BYTES;
      if (id.equals("fmt ")) {
        format = format(path, in, body, size);
      } else if (id.equals("data")) {
        if (format == null) {
          throw problem(path, "the data chunk comes before the fmt chunk", 8_000);
        }
        // Streamed recordings may leave the size unset (0 or 0xFFFFFFFF): take what is there.
        int length = (int) Math.min(size == 0 ? Long.MAX_VALUE : size, in.limit() - body);
        byte[] data = new byte[length];
        in.get(body, data);
        return new WavFile(format.formatCode, format.channels, format.sampleRateHz,
            format.bitsPerSample, data);
      }
      at = (int) Math.min(in.limit(), body + size + (size & 1)); // chunks are padded to even sizes
    }
    throw problem(path, format == null ? "no fmt chunk" : "no data chunk", 8_000);
  }

  private static WavFile format(Path path, ByteBuffer in, int body, long size)
      throws AudioFileException {
    if (size < FMT_MIN_BYTES || body + FMT_MIN_BYTES > in.limit()) {
      throw problem(path, "its fmt chunk is truncated", 8_000);
    }
    int code = Short.toUnsignedInt(in.getShort(body));
    if (code == FORMAT_EXTENSIBLE && size >= EXTENSIBLE_SUBFORMAT_OFFSET + 2
        && body + EXTENSIBLE_SUBFORMAT_OFFSET + 2 <= in.limit()) {
      code = Short.toUnsignedInt(in.getShort(body + EXTENSIBLE_SUBFORMAT_OFFSET));
    }
    return new WavFile(code, Short.toUnsignedInt(in.getShort(body + 2)), in.getInt(body + 4),
        Short.toUnsignedInt(in.getShort(body + 14)), new byte[0]);
  }

  private static String tag(ByteBuffer in, int at) {
    byte[] id = new byte[4];
    in.get(at, id);
    return new String(id, StandardCharsets.US_ASCII);
  }
}
