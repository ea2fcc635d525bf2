package io.builderengine.simulator.http;

import java.util.List;

/**
 * The {@code page} and {@code page_size} query parameters of list routes, validated as the
 * platform does: page >= 1, page_size from 1 to 100, default 20.
 */
public record PageRequest(int page, int pageSize) {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;

  /** @throws ApiException 422 naming the parameter */
  public static PageRequest from(ApiRequest request) {
    return new PageRequest(
        QueryParams.intParam(request, "page", 1, 1, Integer.MAX_VALUE),
        QueryParams.intParam(request, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
  }

  /** How many items precede this page. */
  public long offset() {
    return (long) (page - 1) * pageSize;
  }

  public long totalPages(long totalItems) {
    return (totalItems + pageSize - 1) / pageSize;
  }

  /** This page's part of a list. */
  public <T> List<T> slice(List<T> all) {
    long from = Math.min(offset(), all.size());
    long to = Math.min(from + pageSize, all.size());
    return all.subList((int) from, (int) to);
  }
}
