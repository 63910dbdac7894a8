package io.daylight.adapters;

import java.io.IOException;
import java.io.InputStream;

/**
 * Converts one vendor export (a file, an HTTP body, one tailed line) to contract-v1 events. Every
 * vendor record ends as exactly one of: one or more events, a rejection with a reason, or a skip
 * (a record of a kind the contract has no type for, counted by reason, never silent).
 * Not thread-safe: use one instance per conversion ({@link Importers#forFormat} makes a new one).
 */
public interface Importer {
  /** The name used on the command line and in {@code POST /v1/import/{format}}. */
  String format();

  /** Reads {@code in} to its end; {@code source} names it in rejections (a file name). */
  ImportStats convert(InputStream in, String source, ImportSink sink) throws IOException;
}
