package io.builderengine.jmeter.media;

/**
 * A failure of a stream: its kind and what happened, for people. Immutable.
 *
 * @param kind the category, for counting and for JMeter's response code
 * @param message e.g. "closed by the server with 1011 (Injected fault) after 37 frames sent"
 */
record Failure(StreamFailure kind, String message) {
}
