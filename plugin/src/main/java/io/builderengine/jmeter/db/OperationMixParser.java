package io.builderengine.jmeter.db;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads user operations written one per line as {@code name | weight | SQL}, for example
 * {@code recent_calls | 5 | SELECT id FROM calls WHERE organization_id = ? LIMIT 20}. Blank lines
 * and lines starting with {@code #} are skipped; the SQL may itself hold {@code |} (only the first
 * two separate fields). INSERT, UPDATE, DELETE and MERGE are writes, the rest reads. Stateless and
 * thread-safe.
 */
public final class OperationMixParser {

  static final String FORMAT = "name | weight | SQL";

  private OperationMixParser() {
  }

  /** @throws IllegalArgumentException naming the line (1-based) and what is wrong with it */
  public static List<Operation> parse(String text) {
    List<Operation> operations = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\|", 3);
      if (fields.length < 3) {
        throw lineError(i, line, "expected " + FORMAT);
      }
      String name = fields[0].strip();
      String sql = fields[2].strip();
      if (!name.matches("[A-Za-z0-9_.-]+")) {
        throw lineError(i, line, "the name must be letters, digits, '_', '.' or '-', was '" + name + "'");
      }
      if (sql.isEmpty()) {
        throw lineError(i, line, "no SQL after the second '|'; expected " + FORMAT);
      }
      if (!names.add(name)) {
        throw lineError(i, line, "operation '" + name + "' is defined twice");
      }
      double weight;
      try {
        weight = Double.parseDouble(fields[1].strip());
      } catch (NumberFormatException e) {
        throw lineError(i, line, "the weight '" + fields[1].strip() + "' is not a number");
      }
      try {
        operations.add(new Operation(name, sql, weight, Operation.kindOf(sql)));
      } catch (IllegalArgumentException e) {
        throw lineError(i, line, e.getMessage());
      }
    }
    return operations;
  }

  private static IllegalArgumentException lineError(int index, String line, String problem) {
    return new IllegalArgumentException("Operation line " + (index + 1) + " ('" + line + "'): " + problem);
  }
}
