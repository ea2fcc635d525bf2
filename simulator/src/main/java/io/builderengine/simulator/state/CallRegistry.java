package io.builderengine.simulator.state;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Every call the simulator knows: seeded history and calls created by clients.
 *
 * <p>Thread-safe. Each change of one call runs atomically inside {@link ConcurrentHashMap#compute};
 * statuses are derived lazily from the clock, and one periodic {@link #completeExpiredCalls()}
 * catches calls that ran past their maximum length unread. Memory is bounded: at most
 * {@code maxStoredCalls} live calls (creation beyond is refused) and as many ended ones (the
 * oldest ended are evicted).
 */
public final class CallRegistry {

  private final Clock clock;
  private final CallTiming timing;
  private final int maxStoredCalls;
  private final ConcurrentHashMap<String, Call> callsById = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<Long, String> idsNewestFirst =
      new ConcurrentSkipListMap<>(Comparator.reverseOrder());
  private final Set<String> liveIds = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<String> endedIdsOldestFirst = new ConcurrentLinkedQueue<>();
  private final AtomicInteger endedCount = new AtomicInteger();
  private final AtomicLong lastSequence = new AtomicLong();
  private final ConcurrentHashMap<String, Set<Consumer<Call>>> endListeners =
      new ConcurrentHashMap<>();

  /**
   * @param clock the source of "now" for statuses
   * @param timing how new calls progress
   * @param maxStoredCalls the cap on live calls, and separately on ended calls kept
   * @param seededCalls ended calls to start with, oldest first
   */
  public CallRegistry(Clock clock, CallTiming timing, int maxStoredCalls, List<Call> seededCalls) {
    this.clock = clock;
    this.timing = timing;
    this.maxStoredCalls = maxStoredCalls;
    for (Call call : seededCalls) {
      store(call);
      lastSequence.accumulateAndGet(call.sequence(), Math::max);
      if (call.hasEnded()) {
        recordEnded(call.id());
      } else {
        liveIds.add(call.id());
      }
    }
  }

  public long nowMillis() {
    return clock.millis();
  }

  /**
   * Creates a call that starts {@code initiated} now.
   *
   * @return the call, or empty when {@code maxStoredCalls} calls are already live
   */
  public Optional<Call> create(NewCall request) {
    if (liveIds.size() >= maxStoredCalls) {
      return Optional.empty();
    }
    long now = clock.millis();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    CallDetails details = new CallDetails(HexIds.next("sess_", random), request.agentId(),
        request.organizationId(), HexIds.next("CA", random, 32), request.direction(),
        request.fromNumber(), request.toNumber(), request.metadata());
    Call call;
    do {
      call = Call.created(HexIds.next("call_", random), lastSequence.incrementAndGet(), details,
          timing.scheduleFrom(now));
    } while (callsById.putIfAbsent(call.id(), call) != null);
    idsNewestFirst.put(call.sequence(), call.id());
    liveIds.add(call.id());
    return Optional.of(call);
  }

  /** The call, with its automatic end recorded if it ran past its maximum length. */
  public Optional<Call> find(String id) {
    Call stored = callsById.get(id);
    if (stored == null || stored.hasEnded() || stored.settledAt(clock.millis()) == stored) {
      return Optional.ofNullable(stored);
    }
    return Optional.ofNullable(changeActive(id, UnaryOperator.identity()).call());
  }

  /** Ends an active call with {@code completed}. */
  public CallChange end(String id) {
    long now = clock.millis();
    return changeActive(id, call -> call.ended(CallStatus.COMPLETED, now));
  }

  /**
   * Applies a change to an active call, atomically.
   *
   * @param change receives the call as it is now; must be free of side effects (it runs under
   *     the map's lock for that key)
   * @return CHANGED with the new call, NOT_ACTIVE with the call if it has ended, or NOT_FOUND
   */
  public CallChange changeActive(String id, UnaryOperator<Call> change) {
    long now = clock.millis();
    CallChange[] result = {CallChange.NOT_FOUND};
    boolean[] endedNow = {false};
    callsById.computeIfPresent(id, (key, stored) -> {
      Call current = stored.settledAt(now);
      Call next;
      if (current.isActive(now)) {
        next = change.apply(current);
        result[0] = new CallChange(CallChange.Outcome.CHANGED, next);
      } else {
        next = current;
        result[0] = new CallChange(CallChange.Outcome.NOT_ACTIVE, current);
      }
      endedNow[0] = !stored.hasEnded() && next.hasEnded();
      return next;
    });
    if (endedNow[0]) {
      onEnded(result[0].call());
    }
    return result[0];
  }

  /** Calls not ended, i.e. initiated, ringing or in progress. */
  public int liveCount() {
    return liveIds.size();
  }

  /**
   * One page of calls, newest first.
   *
   * @param offset how many matching calls to skip
   * @param limit the most calls to return
   * @param status only calls with this status now, or empty for all
   */
  public CallPage page(int offset, int limit, Optional<CallStatus> status) {
    long now = clock.millis();
    List<Call> calls = new ArrayList<>(Math.min(limit, 100));
    long matching = 0;
    for (String id : idsNewestFirst.values()) {
      Call call = callsById.get(id);
      if (call == null || (status.isPresent() && call.status(now) != status.get())) {
        continue;
      }
      matching++;
      if (matching > offset && calls.size() < limit) {
        calls.add(call);
      } else if (status.isEmpty() && calls.size() == limit) {
        break; // without a filter the total is known without counting
      }
    }
    long total = status.isPresent() ? matching : callsById.size();
    return new CallPage(calls, total);
  }

  /** A weakly consistent view of every stored call, for aggregates. */
  public Collection<Call> all() {
    return callsById.values();
  }

  /**
   * Records the end of live calls that ran past their maximum length. Meant to run periodically,
   * so that {@link #liveCount()} and end listeners do not wait for someone to read those calls.
   */
  public void completeExpiredCalls() {
    for (String id : liveIds) {
      find(id);
    }
  }

  /**
   * Registers a listener called once when this call ends (on the thread that ends it).
   *
   * @return removes the listener
   */
  public Runnable onEnd(String callId, Consumer<Call> listener) {
    endListeners.computeIfAbsent(callId, id -> new CopyOnWriteArraySet<>()).add(listener);
    return () -> endListeners.computeIfPresent(callId, (id, listeners) -> {
      listeners.remove(listener);
      return listeners.isEmpty() ? null : listeners;
    });
  }

  private void store(Call call) {
    callsById.put(call.id(), call);
    idsNewestFirst.put(call.sequence(), call.id());
  }

  private void onEnded(Call call) {
    liveIds.remove(call.id());
    recordEnded(call.id());
    Set<Consumer<Call>> listeners = endListeners.remove(call.id());
    if (listeners != null) {
      listeners.forEach(listener -> listener.accept(call));
    }
  }

  private void recordEnded(String id) {
    endedIdsOldestFirst.add(id);
    if (endedCount.incrementAndGet() > maxStoredCalls) {
      evictOldestEnded();
    }
  }

  private void evictOldestEnded() {
    while (endedCount.get() > maxStoredCalls) {
      String id = endedIdsOldestFirst.poll();
      if (id == null) {
        return;
      }
      endedCount.decrementAndGet();
      Call evicted = callsById.remove(id);
      if (evicted != null) {
        idsNewestFirst.remove(evicted.sequence());
      }
    }
  }

  /**
   * One page of calls and how many match in all.
   *
   * @param calls the page, newest first
   * @param total calls matching the filter
   */
  public record CallPage(List<Call> calls, long total) {
  }
}
