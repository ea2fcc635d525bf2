package io.builderengine.simulator.state;

/**
 * A phone number of the organization, as the platform's flat JSON shows it.
 *
 * @param id {@code pn_<12 hex>}
 * @param number E.164, {@code +1555NNNNNNN}
 * @param agentId the agent answering it, or null when unassigned
 * @param status active, pending or released
 */
public record PhoneNumber(String id, String number, String friendlyName, String agentId,
    Capabilities capabilities, String status, String createdAt) {

  /** What the number can carry. */
  public record Capabilities(boolean voice, boolean sms, boolean mms) {
  }
}
