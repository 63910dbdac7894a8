package io.daylight.adapters.git;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daylight.adapters.Contract;
import io.daylight.adapters.ContractCheck;
import io.daylight.adapters.ImportSink;
import io.daylight.adapters.ImportStats;
import io.daylight.adapters.Importer;
import io.daylight.adapters.Mapping;
import io.daylight.adapters.Unconvertible;
import io.daylight.ingest.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * git history → {@code activity} with {@code utc_offset_min} from the author date's offset, the
 * clock the author's machine recorded. Reads the output of
 * <pre>git log --format='%H%x09%aI%x09%ae'</pre>
 * (commit hash, TAB, author date in strict ISO 8601 with its offset, TAB, author e-mail; one
 * commit per line) or runs that command itself on a repository directory
 * ({@link #convertRepository}). Nothing else of a commit is read: no message, no diff, no file
 * names. The worker comes from the mapping's subjects by author e-mail; the id is
 * {@code git:<hash>}, so the same commit seen in two clones is one event.
 */
public final class GitLogImporter implements Importer {
  /** The exact format this importer reads; documented in docs/ingest.md. */
  public static final String LOG_FORMAT = "%H%x09%aI%x09%ae";
  private static final Pattern HASH = Pattern.compile("^[0-9a-f]{40}([0-9a-f]{24})?$");
  private final Mapping mapping;
  private final ContractCheck check = new ContractCheck();

  public GitLogImporter(Mapping mapping) {
    this.mapping = mapping;
  }

  @Override public String format() { return "git"; }

  @Override
  public ImportStats convert(InputStream in, String source, ImportSink sink) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long lineNo = 0, records = 0, events = 0, rejected = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank()) continue;
      records++;
      try {
        ObjectNode e = event(line);
        String problem = check.problem(e);
        if (problem != null) throw Unconvertible.reject("converted event refused by the contract: " + problem);
        sink.event(e);
        events++;
      } catch (Unconvertible u) {
        rejected++;
        sink.rejected(new Rejection(lineNo, source, "git: " + u.getMessage(), line));
      }
    }
    return new ImportStats(records, events, rejected, 0);
  }

  ObjectNode event(String line) throws Unconvertible {
    String[] f = line.split("\t", -1);
    if (f.length < 3) throw Unconvertible.reject("expected hash<TAB>author date<TAB>author e-mail (git log --format='" + LOG_FORMAT + "')");
    String hash = f[0].trim();
    if (!HASH.matcher(hash).matches()) throw Unconvertible.reject("not a commit hash: " + Contract.abbreviate(hash));
    OffsetDateTime when;
    try {
      when = OffsetDateTime.parse(f[1].trim());
    } catch (DateTimeParseException e) {
      throw Unconvertible.reject("author date is not strict ISO 8601 with an offset (%aI): " + Contract.abbreviate(f[1]));
    }
    String email = f[2].trim();
    String subject = mapping.subject("author e-mail", email);
    ObjectNode e = Contract.event("activity", "git:" + hash, when.toInstant(), subject);
    e.put("source", "git");
    e.put("utc_offset_min", when.getOffset().getTotalSeconds() / 60);
    e.putObject("extra").putObject("git").put("author_email", email);
    return e;
  }

  /** Runs {@code git log} with {@link #LOG_FORMAT} on {@code repository} (HEAD's history) and converts its output. */
  public ImportStats convertRepository(Path repository, ImportSink sink) throws IOException {
    Process p = new ProcessBuilder(List.of("git", "-C", repository.toString(), "log", "--no-color", "--format=" + LOG_FORMAT))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    ImportStats stats;
    try (InputStream out = p.getInputStream()) {
      stats = convert(out, repository.toString(), sink);
    }
    try {
      int code = p.waitFor();
      if (code != 0) throw new IOException("git log failed in " + repository + " (exit " + code + "): is it a git repository?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for git log", e);
    }
    return stats;
  }
}
