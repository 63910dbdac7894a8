package io.daylight.agent.event;

/**
 * One burst of typing: press and release instants in ms from the batch start (contract
 * {@code keystrokes}, source {@code endpoint}). There is no field for which key.
 */
public record KeyTiming(long timeMs, double[] downMs, double[] upMs) implements AgentEvent {}
