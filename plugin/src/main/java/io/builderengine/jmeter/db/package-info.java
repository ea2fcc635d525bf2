/**
 * The database workload, free of JMeter: URLs, the connection pool, the operation mix, running one
 * operation, failure texts, and the Builder Engine schema with its seed data. A thin JMeter sampler
 * sits on top.
 */
package io.builderengine.jmeter.db;
