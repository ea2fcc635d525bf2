/**
 * Which server certificates our own clients (the call sampler's HttpClient, the media stream's
 * WebSocket client, the start-up check) trust, free of JMeter: the JVM's trust store by default,
 * with host names checked; a CA file or self-signed certificates only when the config says so.
 */
package io.builderengine.jmeter.tls;
