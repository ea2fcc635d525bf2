package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AudioSourcesTest {

  @TempDir
  Path dir;

  @Test
  void bytesPerFrameFollowTheRates() {
    assertThat(AudioEncoding.MULAW_8K.bytesPerFrame(20)).isEqualTo(160);
    assertThat(AudioEncoding.PCM16_16K.bytesPerFrame(20)).isEqualTo(640);
    assertThat(AudioEncoding.PCM16_16K.sampleRateHz()).isEqualTo(16_000);
    assertThatThrownBy(() -> AudioEncoding.MULAW_8K.bytesPerFrame(0))
        .hasMessageContaining("frameMillis must be 1 or more");
  }

  @Test
  void muLawToneIsTheEncodedSine() {
    AudioSource tone = AudioSources.tone(AudioEncoding.MULAW_8K, 1_000);
    byte[] frame = new byte[160];
    tone.nextFrame(frame);
    // 1 kHz at 8 kHz: 8 samples a period, sample n = 16383.5 * sin(n * pi / 4).
    for (int n = 0; n < 16; n++) {
      int expected = (int) Math.round(0.5 * Short.MAX_VALUE * Math.sin(n * Math.PI / 4));
      assertThat(frame[n]).as("sample %d", n).isEqualTo(MuLaw.encode(expected));
    }
  }

  @Test
  void pcmToneIsContinuousAcrossFrames() {
    AudioSource tone = AudioSources.tone(AudioEncoding.PCM16_16K, 440);
    byte[] first = new byte[640];
    byte[] second = new byte[640];
    tone.nextFrame(first);
    tone.nextFrame(second);
    short[] samples = Pcm16.fromLittleEndian(second, 0, second.length);
    for (int i = 0; i < samples.length; i++) {
      int n = 320 + i; // the second frame starts where the first ended
      int expected = (int) Math.round(0.5 * Short.MAX_VALUE * Math.sin(2 * Math.PI * 440 * n / 16_000.0));
      assertThat((int) samples[i]).as("sample %d", n).isCloseTo(expected, org.assertj.core.data.Offset.offset(1));
    }
  }

  @Test
  void toneAtOrAboveNyquistIsRefused() {
    assertThatThrownBy(() -> AudioSources.tone(AudioEncoding.MULAW_8K, 4_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below 4000.0").hasMessageContaining("MULAW_8K");
  }

  @Test
  void pcm16At8kBecomesMuLawAndLoops() throws Exception {
    short[] samples = {0, 1_000, -1_000, 32_767, 100};
    Path wav = write("speech.wav", 1, 1, 8_000, 16, pcm(samples));
    AudioSource source = AudioSources.wav(wav, AudioEncoding.MULAW_8K);
    byte[] frame = new byte[12];
    source.nextFrame(frame);
    byte[] expected = new byte[12];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = MuLaw.encode(samples[i % samples.length]);
    }
    assertThat(frame).containsExactly(expected);
  }

  @Test
  void muLawAt8kIsStreamedAsStored() throws Exception {
    byte[] mulaw = {(byte) 0xFF, 0x12, 0x34, (byte) 0x80};
    AudioSource source = AudioSources.wav(write("mulaw.wav", 7, 1, 8_000, 8, mulaw),
        AudioEncoding.MULAW_8K);
    byte[] frame = new byte[6];
    source.nextFrame(frame);
    assertThat(frame).containsExactly(0xFF, 0x12, 0x34, 0x80, 0xFF, 0x12);
  }

  @Test
  void pcm16AtAnotherRateIsResampledLinearly() throws Exception {
    short[] at8k = new short[80];
    for (int i = 0; i < at8k.length; i++) {
      at8k[i] = (short) (i * 100);
    }
    AudioSource source = AudioSources.wav(write("8k.wav", 1, 1, 8_000, 16, pcm(at8k)),
        AudioEncoding.PCM16_16K);
    byte[] frame = new byte[2 * 160]; // exactly the file's length once doubled in rate
    source.nextFrame(frame);
    short[] at16k = Pcm16.fromLittleEndian(frame, 0, frame.length);
    assertThat(at16k[0]).isEqualTo((short) 0);
    assertThat(at16k[1]).as("halfway between 0 and 100").isEqualTo((short) 50);
    assertThat(at16k[2]).isEqualTo((short) 100);
    assertThat(at16k[157]).isEqualTo((short) 7_850);
    byte[] next = new byte[2];
    source.nextFrame(next);
    assertThat(Pcm16.fromLittleEndian(next, 0, 2)[0]).as("looped to the start").isEqualTo((short) 0);
  }

  @Test
  void extensibleMonoPcm16IsAccepted() throws Exception {
    Path wav = dir.resolve("ext.wav");
    Files.write(wav, riff(extensibleFmt(1, 16_000, 16), chunk("data", pcm(new short[] {7, 8}))));
    byte[] frame = new byte[4];
    AudioSources.wav(wav, AudioEncoding.PCM16_16K).nextFrame(frame);
    assertThat(Pcm16.fromLittleEndian(frame, 0, 4)).containsExactly((short) 7, (short) 8);
  }

  @Tag("faults")
  @Test
  void stereoIsRefusedWithTheFileTheFormatAndTheFix() throws Exception {
    Path wav = write("a.wav", 1, 2, 44_100, 16, new byte[8]);
    assertThatThrownBy(() -> AudioSources.wav(wav, AudioEncoding.MULAW_8K))
        .isInstanceOf(AudioFileException.class)
        .hasMessage(wav + ": PCM16 44100 Hz stereo; convert to mono 8000 or 16000 Hz PCM16,"
            + " e.g. sox in.wav -r 8000 -c 1 -e signed -b 16 out.wav");
  }

  @Tag("faults")
  @Test
  void muLawAtTheWrongRateIsRefused() throws Exception {
    Path wav = write("u16.wav", 7, 1, 16_000, 8, new byte[8]);
    assertThatThrownBy(() -> AudioSources.wav(wav, AudioEncoding.MULAW_8K))
        .hasMessageStartingWith(wav + ": mu-law 16000 Hz mono, but MULAW_8K needs 8000 Hz;")
        .hasMessageContaining("sox in.wav -r 8000 -c 1");
  }

  @Tag("faults")
  @Test
  void floatAnd8BitPcmAreRefused() throws Exception {
    Path floats = write("f.wav", 3, 1, 16_000, 32, new byte[8]);
    assertThatThrownBy(() -> AudioSources.wav(floats, AudioEncoding.PCM16_16K))
        .hasMessageStartingWith(floats + ": float32 16000 Hz mono;")
        .hasMessageContaining("sox in.wav -r 16000 -c 1 -e signed -b 16 out.wav");
    Path bytes = write("u8.wav", 1, 1, 8_000, 8, new byte[8]);
    assertThatThrownBy(() -> AudioSources.wav(bytes, AudioEncoding.MULAW_8K))
        .hasMessageStartingWith(bytes + ": PCM8 8000 Hz mono;");
  }

  /** Each bad file, as {@code path -> what it is}, and its one message, where {@code <file>} is its path. */
  static Stream<Arguments> badFiles() {
    String fix = "; convert to mono 8000 or 16000 Hz PCM16, e.g. sox in.wav -r 8000 -c 1 -e signed -b 16 out.wav";
    return Stream.of(
        Arguments.of("an MP3", (BadFile) path -> Files.write(path, new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 0, 0}),
            "<file>: not a RIFF WAVE file" + fix),
        Arguments.of("an empty file", (BadFile) path -> Files.write(path, new byte[0]),
            "<file>: not a RIFF WAVE file" + fix),
        Arguments.of("a header cut short", (BadFile) path -> Files.write(path, new byte[] {'R', 'I', 'F', 'F', 0, 0}),
            "<file>: not a RIFF WAVE file" + fix),
        Arguments.of("no data chunk", (BadFile) path -> Files.write(path, riff(fmt(1, 1, 8_000, 16))),
            "<file>: no data chunk" + fix),
        Arguments.of("an empty data chunk", (BadFile) path -> Files.write(path, riff(fmt(1, 1, 8_000, 16),
            chunk("data", new byte[0]))), "<file>: no audio samples" + fix),
        Arguments.of("over 64 MiB (3 GiB, sparse)", (BadFile) path -> {
          try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(3L << 30);
          }
        }, "<file>: 3,221,225,472 bytes is too large (at most 67,108,864, 64 MiB: every thread holds the audio in"
            + " memory and loops it); cut it to a minute or so, e.g. sox in.wav out.wav trim 0 60"),
        Arguments.of("missing", (BadFile) path -> { },
            "<file>: cannot be read (java.nio.file.NoSuchFileException: <file>); check the path and that the file is"
                + " readable"),
        Arguments.of("a folder", (BadFile) Files::createDirectory,
            "<file>: cannot be read (java.io.IOException: Is a directory); check the path and that the file is"
                + " readable"));
  }

  @Tag("faults")
  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadFileIsOneMessageNamingItAndTheFix(String name, BadFile bad, String expected) throws Exception {
    Path file = dir.resolve("prompt.wav");
    bad.writeTo(file);

    assertThatThrownBy(() -> AudioSources.wav(file, AudioEncoding.MULAW_8K)).isInstanceOf(AudioFileException.class)
        .hasMessage(expected.replace("<file>", file.toString()));
  }

  /** Writes one kind of bad file. */
  @FunctionalInterface
  interface BadFile {
    void writeTo(Path path) throws IOException;
  }

  private Path write(String name, int format, int channels, int rateHz, int bits, byte[] data)
      throws IOException {
    Path wav = dir.resolve(name);
    // A LIST chunk before fmt, and an odd-sized one, as editors write them: both must be skipped.
    Files.write(wav, riff(chunk("LIST", new byte[] {1, 2, 3}), fmt(format, channels, rateHz, bits),
        chunk("data", data)));
    return wav;
  }

  private static byte[] pcm(short[] samples) {
    ByteBuffer out = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (short sample : samples) {
      out.putShort(sample);
    }
    return out.array();
  }

  private static byte[] fmt(int format, int channels, int rateHz, int bits) {
    ByteBuffer body = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    body.putShort((short) format).putShort((short) channels).putInt(rateHz)
        .putInt(rateHz * channels * bits / 8).putShort((short) (channels * bits / 8))
        .putShort((short) bits);
    return chunk("fmt ", body.array());
  }

  private static byte[] extensibleFmt(int channels, int rateHz, int bits) {
    ByteBuffer body = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
    body.putShort((short) 0xFFFE).putShort((short) channels).putInt(rateHz)
        .putInt(rateHz * channels * bits / 8).putShort((short) (channels * bits / 8))
        .putShort((short) bits).putShort((short) 22).putShort((short) bits).putInt(4)
        .putShort((short) 1); // the sub-format GUID starts with the format tag: PCM
    return chunk("fmt ", body.array());
  }

  private static byte[] chunk(String id, byte[] body) {
    ByteBuffer out = ByteBuffer.allocate(8 + body.length + (body.length & 1))
        .order(ByteOrder.LITTLE_ENDIAN);
    out.put(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(body.length).put(body);
    return out.array();
  }

  private static byte[] riff(byte[]... chunks) {
    int size = 4;
    for (byte[] chunk : chunks) {
      size += chunk.length;
    }
    ByteBuffer out = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
    out.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(size)
        .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    for (byte[] chunk : chunks) {
      out.put(chunk);
    }
    return out.array();
  }
}
