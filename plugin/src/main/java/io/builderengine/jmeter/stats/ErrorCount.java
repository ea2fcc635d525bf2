package io.builderengine.jmeter.stats;

/** How often one failure (response code and message, as JMeter recorded them) happened. */
public record ErrorCount(String responseCode, String responseMessage, long count) {
}
