package io.daylight.adapters;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads vendor records from the shapes vendors' exports take: NDJSON (one record per line, what
 * log shippers write), a JSON array (Okta's {@code /api/v1/logs} page), or one JSON object that
 * wraps the array under a field (Graph's {@code {"value":[...]}}, Google's {@code {"items":[...]}}).
 * In NDJSON a broken line is reported and the next line read; in one JSON document a syntax error
 * ends the document, reported once with its line.
 */
public final class JsonRecords {
  /** Gets each record with the input line it starts on (or its position in a wrapped array). */
  public interface Handler {
    void record(JsonNode record, long line);

    void broken(long line, String reason, String raw);
  }

  private final String wrapperField;

  /** @param wrapperField the field that holds the array in a wrapped page, or null */
  public JsonRecords(String wrapperField) {
    this.wrapperField = wrapperField;
  }

  public void read(InputStream in, Handler h) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String first;
    long lineNo = 0;
    do {
      first = r.readLine();
      lineNo++;
    } while (first != null && first.isBlank());
    if (first == null) return;
    String t = first.strip();
    if (t.startsWith("{") && parsesAlone(t)) {
      ndjson(first, lineNo, r, h);
    } else {
      PushbackReader whole = new PushbackReader(r, first.length() + 1);
      whole.unread((first + "\n").toCharArray());
      document(whole, lineNo - 1, h);
    }
  }

  private static boolean parsesAlone(String line) {
    try {
      Contract.JSON.readTree(line);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private void ndjson(String first, long firstLine, BufferedReader r, Handler h) throws IOException {
    long lineNo = firstLine;
    String line = first;
    while (line != null) {
      if (!line.isBlank()) {
        try {
          emit(Contract.JSON.readTree(line), lineNo, h);
        } catch (JsonProcessingException e) {
          h.broken(lineNo, "invalid JSON: " + e.getOriginalMessage(), line);
        }
      }
      line = r.readLine();
      lineNo++;
    }
  }

  private void document(Reader r, long lineOffset, Handler h) throws IOException {
    try (JsonParser p = Contract.JSON.createParser(r)) {
      JsonToken tok = p.nextToken();
      if (tok == JsonToken.START_ARRAY) {
        while ((tok = p.nextToken()) != JsonToken.END_ARRAY && tok != null) {
          long line = lineOffset + p.currentTokenLocation().getLineNr();
          JsonNode n = p.readValueAsTree();
          if (n.isObject()) h.record(n, line);
          else h.broken(line, "array element is not a JSON object", n.toString());
        }
      } else if (tok == JsonToken.START_OBJECT) {
        emit(p.readValueAsTree(), lineOffset + 1, h);
      } else {
        h.broken(lineOffset + 1, "input is neither NDJSON, a JSON array nor a JSON object", String.valueOf(p.getText()));
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? lineOffset + 1 : lineOffset + e.getLocation().getLineNr();
      h.broken(line, "invalid JSON, the rest of the document is unreadable: " + e.getOriginalMessage(), "");
    }
  }

  private void emit(JsonNode n, long line, Handler h) {
    if (!n.isObject()) {
      h.broken(line, "record is not a JSON object", n.toString());
      return;
    }
    JsonNode wrapped = wrapperField == null ? null : n.get(wrapperField);
    if (wrapped != null && wrapped.isArray()) {
      long i = 0;
      for (JsonNode e : wrapped) {
        i++;
        if (e.isObject()) h.record(e, line + i - 1);
        else h.broken(line, wrapperField + "[" + (i - 1) + "] is not a JSON object", e.toString());
      }
    } else {
      h.record(n, line);
    }
  }
}
