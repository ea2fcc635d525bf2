package io.builderengine.jmeter.samplers;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.builderengine.jmeter.config.DatabasePool;
import io.builderengine.jmeter.db.DatabaseFailure;
import io.builderengine.jmeter.db.DatabaseFailures;
import io.builderengine.jmeter.db.Operation;
import io.builderengine.jmeter.db.OperationMix;
import io.builderengine.jmeter.db.OperationMixParser;
import io.builderengine.jmeter.db.OperationResult;
import io.builderengine.jmeter.db.OperationRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.jmeter.samplers.AbstractSampler;
import org.apache.jmeter.samplers.Entry;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.util.JMeterUtils;

/**
 * One database operation per sample, drawn from the platform's weighted mix (simple read 50, join 25,
 * write 15, aggregate 10; weights and added operations configurable), on a connection of a Database
 * Pool element. The sample is labelled {@code <name>: <operation>}, so thresholds can target each.
 * Writes are committed or rolled back by option; a rolled-back write is a success.
 *
 * <p>Connect time is the wait for a pooled connection; the pool's active, idle, waiting and total
 * counts at the end of the sample are in the response headers and in the result
 * ({@link DatabaseSampleResult}), which takes them to the SLO listener's pool figures. Failures say
 * which: pool exhausted (waited N ms), database unreachable, or the SQL error with its SQLSTATE as the
 * response code.
 *
 * <p>The bean properties are the .jmx keys of shipped plans: never rename them.
 */
public class DatabaseWorkloadSampler extends AbstractSampler implements TestBean {

  private static final long serialVersionUID = 1L;

  private String poolName = "builder_engine";
  private String weights = "";
  private String operations = "";
  private boolean commitWrites;
  private String organizationId = "";

  private transient String mixWeights;
  private transient String mixOperations;
  private transient OperationMix mix;
  // "<name>: <operation>" per operation of the mix, built with it rather than on every sample.
  private transient Map<Operation, String> labels;
  private transient SplittableRandom random;

  @Override
  public SampleResult sample(Entry entry) {
    DatabaseSampleResult result = new DatabaseSampleResult();
    result.setSampleLabel(getName());
    HikariDataSource pool;
    Operation operation;
    try {
      pool = DatabasePool.pool(poolName).orElse(null);
      if (pool == null) {
        return SamplerErrors.failed(result, getName() + ": no Database Pool named '" + poolName
            + "'; add a Builder Engine Database Pool element with that pool name to the plan");
      }
      operation = mix().pick(random.nextDouble());
    } catch (IllegalArgumentException e) {
      return SamplerErrors.failed(result, getName() + ": " + e.getMessage());
    }
    result.setSampleLabel(labels.get(operation));
    result.setSamplerData(operation.sql());
    result.sampleStart();
    long waitStartNanos = System.nanoTime();
    try (Connection connection = pool.getConnection()) {
      result.connectEnd();
      OperationResult outcome = OperationRunner.run(connection, operation, organization(), commitWrites);
      result.sampleEnd();
      result.setSuccessful(outcome.successful());
      result.setResponseCode(outcome.code());
      result.setResponseMessage(outcome.message());
      result.setResponseData(outcome.rows() + " rows", "UTF-8");
    } catch (SQLException e) {
      if (result.getConnectTime() == 0) {
        result.connectEnd(); // no connection came: the wait itself is what the pool cost
      }
      result.sampleEnd();
      DatabaseFailure failure = DatabaseFailures.classify(e, (System.nanoTime() - waitStartNanos) / 1_000_000);
      result.setSuccessful(false);
      result.setResponseCode(failure.code());
      result.setResponseMessage(failure.message());
    }
    recordPoolFigures(result, pool);
    return result;
  }

  /** The mix, parsed once per thread and again only when its fields change. */
  private OperationMix mix() {
    if (mix == null || !weights.equals(mixWeights) || !operations.equals(mixOperations)) {
      mix = OperationMix.of(parseWeights(weights), OperationMixParser.parse(operations));
      mixWeights = weights;
      mixOperations = operations;
      labels = new IdentityHashMap<>();
      for (Operation each : mix.operations()) {
        labels.put(each, getName() + ": " + each.name());
      }
      random = new SplittableRandom();
    }
    return mix;
  }

  /** {@code simple_read=50, join=25}: weights by operation name. */
  static Map<String, Double> parseWeights(String text) {
    Map<String, Double> parsed = new LinkedHashMap<>();
    for (String pair : text.split("[,\\n]")) {
      String trimmed = pair.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException("weights: '" + trimmed + "' is not name=weight, e.g. simple_read=50");
      }
      String value = trimmed.substring(equals + 1).strip();
      try {
        parsed.put(trimmed.substring(0, equals).strip(), Double.parseDouble(value));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("weights: '" + value + "' is not a number in '" + trimmed + "'", e);
      }
    }
    return parsed;
  }

  private String organization() {
    return organizationId != null && !organizationId.isBlank() ? organizationId
        : JMeterUtils.getPropDefault("be.org_id", "");
  }

  /** The pool's counts now, once each, into the result and its response headers. */
  private void recordPoolFigures(DatabaseSampleResult result, HikariDataSource pool) {
    HikariPoolMXBean figures = pool.getHikariPoolMXBean();
    if (figures == null) {
      return; // a pool that never started: no counts to report
    }
    result.setPoolFigures(poolName, figures);
    result.setResponseHeaders("pool_active: " + result.activeConnections() + "\npool_idle: "
        + result.idleConnections() + "\npool_waiting: " + result.threadsAwaitingConnection() + "\npool_total: "
        + result.totalConnections());
  }

  public String getPoolName() {
    return poolName;
  }

  public void setPoolName(String poolName) {
    this.poolName = poolName;
  }

  public String getWeights() {
    return weights;
  }

  public void setWeights(String weights) {
    this.weights = weights;
  }

  public String getOperations() {
    return operations;
  }

  public void setOperations(String operations) {
    this.operations = operations;
  }

  public boolean isCommitWrites() {
    return commitWrites;
  }

  public void setCommitWrites(boolean commitWrites) {
    this.commitWrites = commitWrites;
  }

  public String getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(String organizationId) {
    this.organizationId = organizationId;
  }
}
