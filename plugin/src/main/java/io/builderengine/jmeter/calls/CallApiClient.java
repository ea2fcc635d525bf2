package io.builderengine.jmeter.calls;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The HTTP side of simulated phone calls on the Builder Engine platform: initiate, status, the
 * telephony operations and end, each returned as a measured {@link CallStep}.
 *
 * <p>Not thread-safe: one client per JMeter thread. Requests block the calling thread; there is no
 * background thread. The client keeps one connection alive between requests (idle at most
 * {@value SingleConnectionClients#MAX_IDLE_REUSE_MILLIS} ms) until {@link #close()}, which its owner
 * must call.
 *
 * <p>The step methods never throw: a refused connection, a timeout or an error status is a failed
 * step whose message names the cause and the URL, so a sampler can report it as a failed sample.
 */
public final class CallApiClient implements Closeable {

  /** How much of each response body a {@link CallStep} keeps; the rest is read and counted. */
  public static final int MAX_KEPT_BODY_BYTES = 64 * 1024;

  /** What a transferred caller hears, as the old suite's transfer request said it. */
  static final String TRANSFER_ANNOUNCEMENT = "Transferring you to a specialist.";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StepRunner steps;
  private final RandomGenerator random;

  /** A client whose random transfer targets come from an unseeded generator. */
  public CallApiClient(CallTarget target) {
    this(target, new SplittableRandom());
  }

  /**
   * @param random draws the transfer targets and numbers not given to {@link #initiate}; used by
   *     this client's thread only
   */
  public CallApiClient(CallTarget target, RandomGenerator random) {
    this.steps = new StepRunner(target);
    this.random = random;
  }

  /**
   * Starts an outbound call: {@code POST /api/v1/calls} with {@code {"agent_id", "phone_number",
   * "direction":"outbound", "metadata":{"user_id", "test":true}}}.
   *
   * @param agentId the agent that takes the call, e.g. one of {@link #agentIds()}
   * @param phoneNumber the number dialled; empty or null draws one with {@link PhoneNumbers}
   * @param userId the simulated user, stored in the call's metadata; null leaves it out
   * @return the step ("initiate") and the call's id from the answer's {@code id} (or {@code call_id});
   *     a 2xx answer without an id is a failed step
   */
  public InitiatedCall initiate(String agentId, String phoneNumber, String userId) {
    String body = JsonBodies.object(json -> {
      json.writeStringField("agent_id", agentId);
      json.writeStringField("phone_number", isEmpty(phoneNumber) ? PhoneNumbers.next(random) : phoneNumber);
      json.writeStringField("direction", "outbound");
      json.writeObjectFieldStart("metadata");
      if (userId != null) {
        json.writeStringField("user_id", userId);
      }
      json.writeBooleanField("test", true);
      json.writeEndObject();
    });
    CallStep step = steps.run("initiate", "POST", ApiPaths.CALLS, body);
    if (!step.successful()) {
      return new InitiatedCall(step, "");
    }
    String callId = CallIds.of(step.responseBody());
    if (callId.isEmpty()) {
      return new InitiatedCall(step.failedBecause("HTTP " + step.statusCode()
          + " without a call id: the answer has no \"id\" nor \"call_id\""), "");
    }
    return new InitiatedCall(step, callId);
  }

  /** {@code GET /api/v1/calls/{id}}: the step "status". */
  public CallStep status(String callId) {
    return operation(TelephonyOperation.STATUS, callId);
  }

  /** {@code POST /api/v1/calls/{id}/end}: the step "end"; ending a call that is over fails (400). */
  public CallStep end(String callId) {
    return operation(TelephonyOperation.END, callId);
  }

  /**
   * Performs one operation on a call, e.g. the one {@link TelephonyOperation#pick} drew. A transfer
   * sends {@code {"target_number": <a PhoneNumbers number>, "announce": true, "message"}}; the other
   * POSTs have no body.
   *
   * @param callId the id from {@link InitiatedCall#callId()}; an empty one fails the step at once,
   *     without a request
   */
  public CallStep operation(TelephonyOperation operation, String callId) {
    if (isEmpty(callId)) {
      return steps.notSent(operation.stepName(), operation.method(), ApiPaths.CALLS,
          "No call id: the call was not initiated, so there is nothing to " + operation.stepName());
    }
    String body = operation == TelephonyOperation.TRANSFER ? transferBody() : "";
    return steps.run(operation.stepName(), operation.method(), operation.path(callId), body);
  }

  /**
   * Lists the ids of the platform's agents ({@code GET /api/v1/agents?page_size=100}), for a
   * sampler configured without an agent to call real ones. Not a measured step.
   *
   * @throws CallApiException when the request fails or lists no agent; the message names the URL,
   *     the status or cause, and what to check
   */
  public List<String> agentIds() throws CallApiException {
    CallStep step = steps.run("agents", "GET", ApiPaths.AGENTS_FIRST_PAGE, "");
    String request = step.method() + " " + step.url();
    if (!step.successful()) {
      throw new CallApiException("Cannot list agents: " + request + " failed with \""
          + step.message() + "\"; " + adviceFor(step.statusCode()));
    }
    List<String> ids = new ArrayList<>();
    try {
      JSON.readTree(step.responseBody()).path("agents")
          .forEach(agent -> addIfPresent(ids, agent.path("id").asText("")));
    } catch (JsonProcessingException e) {
      throw new CallApiException("Cannot list agents: " + request + " answered HTTP "
          + step.statusCode() + " with a body that is not JSON (" + e.getOriginalMessage()
          + "); check that the base URL is the platform API, e.g. http://127.0.0.1:8000");
    }
    if (ids.isEmpty()) {
      throw new CallApiException("Cannot list agents: " + request + " answered HTTP "
          + step.statusCode() + " with no agent; create an agent on the platform, or configure the "
          + "agent id to call");
    }
    return ids;
  }

  /** Closes the kept-alive connection. The client is unusable afterwards. Idempotent. */
  @Override
  public void close() {
    steps.close();
  }

  private String transferBody() {
    return JsonBodies.object(json -> {
      json.writeStringField("target_number", PhoneNumbers.next(random));
      json.writeBooleanField("announce", true);
      json.writeStringField("message", TRANSFER_ANNOUNCEMENT);
    });
  }

  private static String adviceFor(int statusCode) {
    if (statusCode == 0) {
      return "check the base URL and that the server is running";
    }
    if (statusCode == 401 || statusCode == 403) {
      return "check the API key (BE_API_KEY) and the organization id";
    }
    if (statusCode == 404) {
      return "check the base URL: it must be the API root, e.g. http://127.0.0.1:8000, without /api/v1";
    }
    return "check the server's health, or configure the agent id to call so that no list is needed";
  }

  private static void addIfPresent(List<String> ids, String id) {
    if (!id.isEmpty()) {
      ids.add(id);
    }
  }

  private static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }
}
