package io.daylight.core.event;

/**
 * One contract-v1 input event (see docs/event-contract.md). Time is event time in epoch
 * milliseconds: detectors reason in event time only, never wall-clock time.
 */
public sealed interface Event
    permits Application, Worker, Auth, Rtt, Interaction, Keystrokes, Inventory, Payroll, Activity {

  /** Unique per event; ingestion is idempotent on it. */
  String id();

  /** Event time, epoch milliseconds (UTC). */
  long time();

  /** The worker the event is about; for an application, the application id. */
  String subject();

  EventType type();
}
