package io.builderengine.jmeter.media;

import java.util.List;

/**
 * One endpoint's dialect: the messages the client sends and how it reads the server's.
 *
 * <p>Threads: the message builders ({@link #greeting}, {@link #frameMessage},
 * {@link #stopMessage}) run on the thread that sends the stream and may reuse buffers between
 * calls; the readers ({@code isAnswer} and the rest) are stateless and run on the WebSocket read
 * thread.
 */
interface StreamProtocol {

  /** What {@link #answerSenderMicros} and {@link #answerSequence} return when a message has none. */
  long NONE = -1;

  /** The protocol for the settings' endpoint and encoding. */
  static StreamProtocol forSettings(StreamSettings settings) {
    return switch (settings.endpoint()) {
      case MEDIA_STREAM -> new TwilioMediaProtocol(settings.encoding(), settings.callSid(),
          settings.frameMillis());
      case SDK_STREAM -> new SdkStreamProtocol(settings.encoding(), settings.frameMillis());
      case CONTROL -> new ControlSocketProtocol(settings.frameMillis());
    };
  }

  /** Messages sent once, right after the connection opens. */
  List<String> greeting();

  /**
   * The message that carries one frame.
   *
   * @param frame the audio, in the stream's encoding
   * @param frameNumber 1 for the stream's first frame
   * @param streamMillis the frame's scheduled time, in ms since the greeting
   * @return one JSON text message, ASCII only, valid until the next call (a reused buffer)
   */
  CharSequence frameMessage(byte[] frame, long frameNumber, long streamMillis);

  /** The message asking the server to end the stream, or null when the client closes with 1000. */
  String stopMessage();

  /** Whether a server message answers a frame (an echo, a transcription, a pong). */
  boolean isAnswer(String message);

  /**
   * An answer's place on the sender's timeline, in µs, as the server echoed it (the media
   * stream's {@code media.timestamp}); {@link #NONE} when it echoes none.
   */
  long answerSenderMicros(String message);

  /** The frame number an answer echoes, to time its round trip; {@link #NONE} when it has none. */
  long answerSequence(String message);

  /** The interval, in µs, at which answers would come from a server that echoes no timestamp. */
  long answerIntervalMicros();

  /**
   * How many answers the server owes once it has caught up with {@code framesSent} frames. Where
   * the client ends the stream with its own close, {@code finish()} waits for them first:
   * Java-WebSocket drops whatever arrives after the client's close frame. One answer per frame
   * unless a dialect says otherwise.
   */
  default long expectedAnswers(long framesSent) {
    return framesSent;
  }

  /** The server's own report of an error in a message, for people; null when it is no error. */
  String errorIn(String message);
}
