package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.media.JsonText;
import io.builderengine.jmeter.media.StreamReport;
import java.util.Locale;

/** Joins the reports of a stream's segments into the one a sample shows, and writes it for people. */
final class StreamReports {

  private StreamReports() {
  }

  /**
   * One report of a streaming segment followed by the one of {@code finish()}: counts add up; the
   * connect and first-message times are the first segment's; lag and pings come from the segment that
   * streamed; jitter (a running estimate) and the close from the later one; the first failure wins.
   */
  static StreamReport joined(StreamReport streamed, StreamReport finished) {
    return new StreamReport(
        streamed.connectMillis(),
        streamed.firstMessageMillis() >= 0 ? streamed.firstMessageMillis() : finished.firstMessageMillis(),
        streamed.framesSent() + finished.framesSent(),
        streamed.framesReceived() + finished.framesReceived(),
        streamed.messagesReceived() + finished.messagesReceived(),
        streamed.bytesSent() + finished.bytesSent(),
        streamed.bytesReceived() + finished.bytesReceived(),
        streamed.lateFrames() + finished.lateFrames(),
        streamed.sendLagP50Millis(), streamed.sendLagP95Millis(), streamed.sendLagP99Millis(),
        streamed.sendLagMaxMillis(),
        finished.framesReceived() > 0 ? finished.jitterMillis() : streamed.jitterMillis(),
        streamed.pingRttAvgMillis(), streamed.pingRttMaxMillis(), streamed.pongs(),
        finished.closeCode(), finished.closeReason(), finished.closedByServer(),
        streamed.failure() != null ? streamed.failure() : finished.failure(),
        streamed.failure() != null ? streamed.failureMessage() : finished.failureMessage());
  }

  /** The report as JSON, the sample's response body (no credentials in it). */
  static String json(StreamReport report) {
    return String.format(Locale.ROOT, "{\"connect_ms\":%d,\"first_message_ms\":%d,\"frames_sent\":%d,"
            + "\"frames_received\":%d,\"messages_received\":%d,\"bytes_sent\":%d,\"bytes_received\":%d,"
            + "\"late_frames\":%d,\"send_lag_ms\":{\"p50\":%.3f,\"p95\":%.3f,\"p99\":%.3f,\"max\":%.3f},"
            + "\"jitter_ms\":%.3f,\"ping_rtt_ms\":{\"avg\":%.3f,\"max\":%.3f,\"count\":%d},"
            + "\"close_code\":%d,\"close_reason\":%s,\"closed_by_server\":%b,\"failure\":%s,\"failure_message\":%s}",
        report.connectMillis(), report.firstMessageMillis(), report.framesSent(), report.framesReceived(),
        report.messagesReceived(), report.bytesSent(), report.bytesReceived(), report.lateFrames(),
        report.sendLagP50Millis(), report.sendLagP95Millis(), report.sendLagP99Millis(), report.sendLagMaxMillis(),
        report.jitterMillis(), report.pingRttAvgMillis(), report.pingRttMaxMillis(), report.pongs(),
        report.closeCode(), quoted(report.closeReason()), report.closedByServer(),
        report.failure() == null ? "null" : quoted(report.failure().name()), quoted(report.failureMessage()));
  }

  private static String quoted(String text) {
    return JsonText.appendString(new StringBuilder(), text).toString();
  }
}
