package io.builderengine.simulator.stats;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of everything the simulator served, for {@code GET /admin/stats}. Thread-safe; every
 * update is one atomic add, cheap enough for the hot path.
 */
public final class SimulatorStats {

  private static final int MAX_STATUS = 599;

  private final long startedAtNanos = System.nanoTime();
  private final AtomicLongArray responsesByStatus = new AtomicLongArray(MAX_STATUS + 1);
  private final LongAdder responseCount = new LongAdder();
  private final LongAdder responseNanos = new LongAdder();
  private final LongAdder connectionsAccepted = new LongAdder();
  private final LongAdder connectionsRefused = new LongAdder();
  private final LongAdder requestsReset = new LongAdder();
  private final LongAdder requestsStalled = new LongAdder();
  private final LongAdder streamsStalled = new LongAdder();
  /** Media streams opened on {@code /media-stream} without a call: each stands for a call. */
  private final AtomicInteger openCallFreeMediaStreams = new AtomicInteger();
  private final LongAdder wsMessagesReceived = new LongAdder();
  private final LongAdder wsMessagesSent = new LongAdder();
  private final LongAdder mediaFramesReceived = new LongAdder();
  private final LongAdder mediaFramesSent = new LongAdder();
  private final LongAdder audioBytesReceived = new LongAdder();
  private final Map<StreamKind, AtomicInteger> openStreams = new EnumMap<>(StreamKind.class);
  private final Map<StreamKind, LongAdder> streamsOpened = new EnumMap<>(StreamKind.class);

  public SimulatorStats() {
    for (StreamKind kind : StreamKind.values()) {
      openStreams.put(kind, new AtomicInteger());
      streamsOpened.put(kind, new LongAdder());
    }
  }

  /** An HTTP response written, with the time from the request's arrival (injected delay too). */
  public void responseSent(int status, long elapsedNanos) {
    if (status >= 0 && status <= MAX_STATUS) {
      responsesByStatus.incrementAndGet(status);
    }
    responseCount.increment();
    responseNanos.add(elapsedNanos);
  }

  public void connectionAccepted() {
    connectionsAccepted.increment();
  }

  public void connectionRefused() {
    connectionsRefused.increment();
  }

  public void requestReset() {
    requestsReset.increment();
  }

  public void requestStalled() {
    requestsStalled.increment();
  }

  public void streamStalled() {
    streamsStalled.increment();
  }

  public void callFreeMediaStreamOpened() {
    openCallFreeMediaStreams.incrementAndGet();
  }

  public void callFreeMediaStreamClosed() {
    openCallFreeMediaStreams.decrementAndGet();
  }

  /** Open media streams that name no call; a stream of a known call is counted with its call. */
  public int openCallFreeMediaStreams() {
    return openCallFreeMediaStreams.get();
  }

  public void streamOpened(StreamKind kind) {
    openStreams.get(kind).incrementAndGet();
    streamsOpened.get(kind).increment();
  }

  public void streamClosed(StreamKind kind) {
    openStreams.get(kind).decrementAndGet();
  }

  public int openStreams(StreamKind kind) {
    return openStreams.get(kind).get();
  }

  public void wsMessageReceived() {
    wsMessagesReceived.increment();
  }

  public void wsMessageSent() {
    wsMessagesSent.increment();
  }

  public void mediaFrameReceived(int audioBytes) {
    mediaFramesReceived.increment();
    audioBytesReceived.add(audioBytes);
  }

  public void mediaFrameSent() {
    mediaFramesSent.increment();
  }

  /** Audio that arrived outside media frames (REST uploads, SDK stream). */
  public void audioReceived(int bytes) {
    audioBytesReceived.add(bytes);
  }

  /** Mean time from request arrival to response, in ms; 0 before the first response. */
  public double meanResponseMillis() {
    long count = responseCount.sum();
    return count == 0 ? 0.0 : responseNanos.sum() / (double) count / 1_000_000.0;
  }

  /**
   * A JSON-ready snapshot.
   *
   * @param liveCalls calls not ended
   * @param activeCalls live calls plus open media streams of no call (the overload figure)
   */
  public Map<String, Object> snapshot(int liveCalls, int activeCalls) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("uptime_seconds",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAtNanos) / 1000.0);
    Map<String, Long> byStatus = new TreeMap<>();
    for (int status = 0; status <= MAX_STATUS; status++) {
      long count = responsesByStatus.get(status);
      if (count > 0) {
        byStatus.put(Integer.toString(status), count);
      }
    }
    json.put("requests_total", responseCount.sum());
    json.put("requests_by_status", byStatus);
    json.put("mean_response_ms", meanResponseMillis());
    json.put("requests_reset", requestsReset.sum());
    json.put("requests_stalled", requestsStalled.sum());
    json.put("streams_stalled", streamsStalled.sum());
    json.put("connections_accepted", connectionsAccepted.sum());
    json.put("connections_refused", connectionsRefused.sum());
    json.put("live_calls", liveCalls);
    json.put("active_calls", activeCalls);
    json.put("active_streams", countsByKind(openStreams, AtomicInteger::get));
    json.put("streams_opened", countsByKind(streamsOpened, LongAdder::sum));
    json.put("ws_messages_received", wsMessagesReceived.sum());
    json.put("ws_messages_sent", wsMessagesSent.sum());
    json.put("frames_received", mediaFramesReceived.sum());
    json.put("frames_sent", mediaFramesSent.sum());
    json.put("audio_bytes_received", audioBytesReceived.sum());
    return json;
  }

  private static <C> Map<String, Number> countsByKind(Map<StreamKind, C> counters,
      java.util.function.Function<C, Number> read) {
    Map<String, Number> json = new LinkedHashMap<>();
    counters.forEach((kind, counter) -> json.put(kind.jsonName(), read.apply(counter)));
    return json;
  }
}
