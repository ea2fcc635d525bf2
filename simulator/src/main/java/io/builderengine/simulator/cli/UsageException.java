package io.builderengine.simulator.cli;

/** A command line the simulator cannot run with; the message names the flag and the fix. */
public final class UsageException extends Exception {

  public UsageException(String message) {
    super(message);
  }
}
