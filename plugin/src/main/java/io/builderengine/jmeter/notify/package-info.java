/**
 * Telling people how a run ended, free of JMeter: a Slack incoming webhook for now. The SLO listener
 * calls it once its summary is written.
 */
package io.builderengine.jmeter.notify;
