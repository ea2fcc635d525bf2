/** Checks of the JMeter installation the plugin runs in. JMeter-free except {@link StartupChecks}. */
package io.builderengine.jmeter.install;
