package io.daylight.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The contract keeps every vendor field it does not map "as-is under extra". This makes that
 * copy: the vendor record minus the fields that became contract fields, so nothing is said twice
 * and nothing is lost.
 */
public final class Leftovers {
  private Leftovers() {}

  /**
   * @param record the vendor record (not modified)
   * @param consumed dotted paths of the fields already mapped ("client.ipAddress")
   * @return a copy without them; an object left empty by the removal is removed too
   */
  public static ObjectNode of(JsonNode record, String... consumed) {
    ObjectNode copy = record.deepCopy();
    for (String path : consumed) remove(copy, path.split("\\."), 0);
    return copy;
  }

  private static void remove(ObjectNode node, String[] path, int i) {
    if (i == path.length - 1) {
      node.remove(path[i]);
      return;
    }
    JsonNode child = node.get(path[i]);
    if (child instanceof ObjectNode c) {
      remove(c, path, i + 1);
      if (c.isEmpty()) node.remove(path[i]);
    }
  }

  /** Adds {@code extra: {<vendor>: leftovers}} unless nothing is left over. */
  public static void attach(ObjectNode event, String vendor, ObjectNode leftovers) {
    if (leftovers != null && !leftovers.isEmpty()) event.putObject("extra").set(vendor, leftovers);
  }
}
