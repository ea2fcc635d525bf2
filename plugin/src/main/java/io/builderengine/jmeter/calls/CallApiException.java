package io.builderengine.jmeter.calls;

/**
 * A set-up request (not a measured step of a call) failed; the message names the URL, the cause and
 * what to do about it.
 */
public final class CallApiException extends Exception {

  CallApiException(String message) {
    super(message);
  }
}
