package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.config.PublishedTarget;
import io.builderengine.jmeter.media.AudioEncoding;
import io.builderengine.jmeter.media.AudioFileException;
import io.builderengine.jmeter.media.AudioSource;
import io.builderengine.jmeter.media.AudioSources;
import io.builderengine.jmeter.media.StreamEndpoint;
import io.builderengine.jmeter.media.StreamSettings;
import io.builderengine.jmeter.tls.TlsContexts;
import java.net.URI;
import java.nio.file.Path;
import org.apache.jmeter.services.FileServer;

/** Settings and audio of a stream to the published target. */
final class StreamTargets {

  /** The tone played when no audio file is given: A4, clearly audible, easy to spot in a capture. */
  static final double TONE_HZ = 440;

  private StreamTargets() {
  }

  /**
   * @param explicitUrl a ws(s):// URL that replaces the published one, or blank
   * @param callId the call whose stream it is, or blank
   * @throws IllegalArgumentException naming the value to fix
   */
  static StreamSettings settings(PublishedTarget target, StreamEndpoint endpoint, String explicitUrl, String callId,
      long readTimeoutMillis, long pingIntervalMillis) {
    URI uri;
    if (explicitUrl != null && !explicitUrl.isBlank()) {
      uri = URI.create(explicitUrl.strip());
    } else if (endpoint == StreamEndpoint.CONTROL && !target.websocketUrl().isBlank()) {
      uri = URI.create(target.websocketUrl());
    } else {
      uri = endpoint.uriFor(target.baseUrl(), callId);
    }
    if ("wss".equalsIgnoreCase(uri.getScheme())) {
      TlsContexts.forTrust(target.tls()); // a CA file that cannot be used fails here, as a failed sample
    }
    return new StreamSettings(uri, target.handshakeHeaders(), endpoint, endpoint.encoding(),
        StreamSettings.DEFAULT_FRAME_MILLIS, target.connectTimeoutMillis(), readTimeoutMillis, pingIntervalMillis,
        readTimeoutMillis, callId == null || callId.isBlank() ? null : callId, target.tls());
  }

  /**
   * A tone, or the WAV file (relative to the test plan's directory) converted to the encoding.
   *
   * @throws AudioFileException naming the file and what is wrong with it
   */
  static AudioSource audio(String audioFile, AudioEncoding encoding) throws AudioFileException {
    if (audioFile == null || audioFile.isBlank()) {
      return AudioSources.tone(encoding, TONE_HZ);
    }
    Path file = Path.of(audioFile.strip());
    if (!file.isAbsolute()) {
      file = Path.of(FileServer.getFileServer().getBaseDir()).resolve(file);
    }
    return AudioSources.wav(file, encoding);
  }

  /** How a stream's audio is described in the sample's request data. */
  static String describe(StreamSettings settings, String audioFile, double seconds) {
    return settings.endpoint() + ", " + seconds + " s of " + (audioFile == null || audioFile.isBlank()
        ? "a " + (int) TONE_HZ + " Hz tone" : audioFile.strip()) + " as " + settings.encoding() + " in "
        + settings.frameMillis() + " ms frames";
  }
}
