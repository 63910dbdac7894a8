package io.daylight.core.identity;

import org.junit.jupiter.api.Test;
import java.util.*;

class DebugFebrl {
  @Test void dump() {
    Febrl f = Febrl.load("dataset3.csv");
    List<IdentityRecord> rs = new ArrayList<>();
    for (var a : f.applications) rs.add(IdentityRecord.of(a, PhoneIntel.DIGITS_ONLY));
    IdentityRecord[] r = rs.toArray(new IdentityRecord[0]);
    long[] sk = new long[1];
    long[] pairs = Blocking.candidatePairs(r, 100, sk);
    Map<String,Integer> why = new TreeMap<>();
    int shown = 0;
    for (long p : pairs) {
      IdentityRecord a = r[(int)(p>>>32)], b = r[(int)p];
      if (!f.person.get(a.id).equals(f.person.get(b.id))) continue;
      long pat = PersonComparison.compare(a, b);
      if (PersonComparison.plausiblyOnePerson(pat)) continue;
      int g = PersonComparison.level(pat, PersonComparison.Field.GIVEN_NAME);
      int s = PersonComparison.level(pat, PersonComparison.Field.SURNAME);
      int d = PersonComparison.level(pat, PersonComparison.Field.BIRTH_DATE);
      String k = (g==3?"g3 ":"") + (s==3?"s3 ":"") + (d==3?"d3 ":"") + (g==15&&s==15?"nonames ":"");
      if (k.isEmpty()) k = "no-identifying-fact";
      why.merge(k, 1, Integer::sum);
      if (shown++ < 12) System.out.println(k + " | " + a.displayName + " / " + b.displayName + " | " + a.birthYear+"-"+a.birthMonth+"-"+a.birthDay + " / " + b.birthYear+"-"+b.birthMonth+"-"+b.birthDay + " | " + PersonComparison.describe(a,b,pat));
    }
    System.out.println(why);
  }
}
