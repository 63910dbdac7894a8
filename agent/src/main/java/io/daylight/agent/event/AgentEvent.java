package io.daylight.agent.event;

/**
 * What the agent can send: contract-v1 events it builds itself. The set is closed (sealed) so no
 * other type can carry data out, and none of the records has a field that could hold a key
 * identity or typed content: timing only, enforced by the types (docs/event-contract.md,
 * "keystrokes": a batch with key identities is rejected).
 */
public sealed interface AgentEvent permits KeyTiming, InventoryReport, RoundTrip {
  /** Event time, ms since the epoch. */
  long timeMs();
}
