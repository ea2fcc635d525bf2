package io.builderengine.simulator.http;

/** Reads typed query parameters, with FastAPI's 422 answers for bad values. */
public final class QueryParams {

  private QueryParams() {
  }

  /**
   * An integer parameter within [min, max], or the default when absent.
   *
   * @throws ApiException 422 when the value is not an integer or out of range
   */
  public static int intParam(ApiRequest request, String name, int defaultValue, int min,
      int max) {
    String text = request.queryParam(name).orElse(null);
    if (text == null) {
      return defaultValue;
    }
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw ApiException.unprocessable("int_parsing",
          "Input should be a valid integer, unable to parse string as an integer", "query", name);
    }
    if (value < min) {
      throw ApiException.unprocessable("greater_than_equal",
          "Input should be greater than or equal to " + min, "query", name);
    }
    if (value > max) {
      throw ApiException.unprocessable("less_than_equal",
          "Input should be less than or equal to " + max, "query", name);
    }
    return (int) value;
  }
}
