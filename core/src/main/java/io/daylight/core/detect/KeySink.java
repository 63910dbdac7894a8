package io.daylight.core.detect;

/** Receives the keys an event is routed under, without allocating a collection per event. */
@FunctionalInterface
public interface KeySink {
  void key(String key);
}
