package io.builderengine.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.support.TestHttp;
import io.builderengine.simulator.support.TestSimulators;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-key fixed one-second window of --rate-limit-rps. */
class RateLimitIT {

  private static final int LIMIT = 5;

  @Test
  void overTheLimitIsTooManyRequestsWithHeaders() throws InterruptedException {
    try (Simulator sim = Simulator.start(TestSimulators.config().withRateLimitRps(LIMIT))) {
      TestHttp http = new TestHttp(sim.baseUrl());
      http.send(http.request("/health")); // connect before the window starts
      startOfNextSecond();

      List<HttpResponse<String>> responses = new ArrayList<>();
      for (int i = 0; i <= LIMIT; i++) {
        responses.add(http.send(http.request("/api/v1/agents").header("X-API-Key", "a")));
      }

      for (int i = 0; i < LIMIT; i++) {
        HttpResponse<String> allowed = responses.get(i);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("X-RateLimit-Limit")).hasValue("5");
        assertThat(allowed.headers().firstValue("X-RateLimit-Remaining"))
            .hasValue(Integer.toString(LIMIT - 1 - i));
      }
      HttpResponse<String> refused = responses.get(LIMIT);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.body()).isEqualTo("{\"detail\":\"Rate limit exceeded\"}");
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      long reset = Long.parseLong(refused.headers().firstValue("X-RateLimit-Reset").orElseThrow());
      assertThat(reset).isBetween(System.currentTimeMillis() / 1000,
          System.currentTimeMillis() / 1000 + 2);

      assertThat(http.send(http.request("/api/v1/agents").header("X-API-Key", "b")).statusCode())
          .as("another key has its own budget").isEqualTo(200);
      assertThat(http.send(http.request("/health")).headers().firstValue("X-RateLimit-Limit"))
          .as("health needs no key and is not limited").isEmpty();
    }
  }

  @Test
  void withoutALimitThereAreNoRateLimitHeaders() {
    try (Simulator sim = Simulator.start(TestSimulators.config())) {
      HttpResponse<String> response = new TestHttp(sim.baseUrl()).get("/api/v1/agents");

      assertThat(response.headers().firstValue("X-RateLimit-Limit")).isEmpty();
    }
  }

  /** Starts the burst early in a window, so that six quick requests share one. */
  private static void startOfNextSecond() throws InterruptedException {
    Thread.sleep(1000 - System.currentTimeMillis() % 1000 + 20);
  }
}
