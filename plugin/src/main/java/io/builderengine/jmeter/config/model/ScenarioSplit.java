package io.builderengine.jmeter.config.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a run's users and target rate between the scenarios of a mixed run by their weights: a
 * scenario that takes part (enabled, weight above 0) gets {@code weight / sum of those weights} of
 * each; one that does not gets 0.
 *
 * <p>Users are whole threads, so they are rounded by largest remainder (the shares add up to the
 * run's users), then every scenario that takes part is given at least one, taken from the largest
 * share: a small weight must not round its scenario out of the run. With fewer users than scenarios
 * taking part, each still gets one, so the shares then add up to more than the run's users. Rates
 * are split exactly.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScenarioSplit {

  private ScenarioSplit() {
  }

  /**
   * @param scenarios the file's scenarios, in its order
   * @param users the run's threads, 1 or more
   * @param targetRps the run's rate, requests per second
   * @return one share per scenario, in the same order
   */
  public static List<ScenarioShare> of(List<Scenario> scenarios, int users, double targetRps) {
    long weightSum = scenarios.stream().filter(ScenarioSplit::takesPart).mapToLong(Scenario::weight).sum();
    int[] threads = weightSum == 0 ? new int[scenarios.size()] : threads(scenarios, users, weightSum);
    List<ScenarioShare> shares = new ArrayList<>(scenarios.size());
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario scenario = scenarios.get(i);
      double rate = takesPart(scenario) ? targetRps * scenario.weight() / weightSum : 0;
      shares.add(new ScenarioShare(scenario.name(), threads[i], rate));
    }
    return List.copyOf(shares);
  }

  private static int[] threads(List<Scenario> scenarios, int users, long weightSum) {
    int[] threads = new int[scenarios.size()];
    long[] remainders = new long[scenarios.size()];
    int given = 0;
    for (int i = 0; i < scenarios.size(); i++) {
      if (takesPart(scenarios.get(i))) {
        // Integer arithmetic: equal remainders stay equal, and the tie goes to the file's order.
        long exact = (long) users * scenarios.get(i).weight();
        threads[i] = (int) (exact / weightSum);
        remainders[i] = exact % weightSum;
        given += threads[i];
      }
    }
    int[] byRemainder = IntStream.range(0, scenarios.size())
        .filter(i -> takesPart(scenarios.get(i)))
        .boxed()
        .sorted(Comparator.comparingLong((Integer i) -> remainders[i]).reversed())
        .mapToInt(Integer::intValue)
        .toArray();
    for (int k = 0; given < users; k++, given++) {
      threads[byRemainder[k]]++;
    }
    for (int i = 0; i < scenarios.size(); i++) {
      if (takesPart(scenarios.get(i)) && threads[i] == 0) {
        int largest = indexOfLargest(threads);
        if (threads[largest] > 1) {
          threads[largest]--;
        }
        threads[i] = 1;
      }
    }
    return threads;
  }

  private static int indexOfLargest(int[] values) {
    int largest = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[largest]) {
        largest = i;
      }
    }
    return largest;
  }

  private static boolean takesPart(Scenario scenario) {
    return scenario.enabled() && scenario.weight() > 0;
  }
}
