package io.daylight.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the demo organisation tells Daylight about itself: the contract's context file. */
final class DemoContext {
  private DemoContext() {}

  static Map<String, Object> of() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("corporate_egress", List.of(IpPrefix.byId("corp-egress-chi").cidr()));
    c.put("sanctioned_tools", List.of("TeamViewer"));
    List<Object> landmarks = new ArrayList<>();
    for (Landmark l : Landmark.DATA_CENTRES) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.id());
      m.put("lat", l.at().lat());
      m.put("lon", l.at().lon());
      landmarks.add(m);
    }
    c.put("landmarks", landmarks);
    // Entities named in US Treasury (OFAC) designations concerning DPRK IT workers.
    c.put("watchlists", List.of(
        watch("employer", "Yanbian Silverstar Network Technology Co., Ltd.", "US Treasury OFAC designation (press release sm481)", "2018-09-13"),
        watch("employer", "Volasys Silverstar", "US Treasury OFAC designation (press release sm481)", "2018-09-13"),
        watch("employer", "Chinyong Information Technology Cooperation Company", "US Treasury OFAC designation (press release jy1498)", "2023-05-23")));
    return c;
  }

  private static Map<String, Object> watch(String kind, String value, String source, String date) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("value", value);
    m.put("source", source);
    m.put("date", date);
    return m;
  }
}
