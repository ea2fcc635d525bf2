package io.builderengine.simulator.cli;

import io.builderengine.simulator.SimulatorConfig;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One command-line flag that takes a value (or is a switch) and sets a {@link SimulatorConfig} option.
 *
 * @param flag e.g. {@code --port}
 * @param placeholder the value in usage texts, e.g. {@code N}; "" for a switch that takes no value
 *     (it is given "true", or what follows {@code =})
 * @param description what the option does
 * @param shownDefault the default as help shows it, read from the default config
 * @param apply sets the option; throws IllegalArgumentException for values it refuses
 */
record CliOption(String flag, String placeholder, String description,
    Function<SimulatorConfig, String> shownDefault,
    BiFunction<SimulatorConfig, String, SimulatorConfig> apply) {
}
