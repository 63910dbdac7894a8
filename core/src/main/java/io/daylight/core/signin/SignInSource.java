package io.daylight.core.signin;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.event.Auth;
import io.daylight.core.intel.IpIntel;
import java.util.Optional;

/**
 * What a sign-in's source address says, once: the organisation's own egress (says nothing about
 * the worker), an anonymiser (VPN, hosting, Tor: says nothing about the place), a city-level
 * place, a country only, or nothing. Mobile carriers and carrier-grade NAT usually geolocate to a
 * gateway city far from the subscriber or to a country only (RIPE IPmap, Du et al., CCR 2020, on
 * city-level accuracy); detectors that measure distance use city-level fixes only and allow for
 * that error in their thresholds.
 */
record SignInSource(Kind kind, IpIntel.IpInfo info) {

  enum Kind { CORPORATE, ANONYMISER, CITY, COUNTRY, UNKNOWN }

  static SignInSource of(Auth a, DeploymentContext deployment, IpIntel ip) {
    String addr = a.srcIp() == null ? null : a.srcIp().trim();
    if (addr == null || addr.isEmpty()) return new SignInSource(Kind.UNKNOWN, null);
    if (deployment.corporateEgress().contains(addr)) return new SignInSource(Kind.CORPORATE, null);
    Optional<IpIntel.IpInfo> info = ip.lookup(addr);
    if (info.isEmpty()) return new SignInSource(Kind.UNKNOWN, null);
    IpIntel.IpInfo i = info.get();
    if (i.network() != null && i.network() != IpIntel.NetworkClass.UNKNOWN) return new SignInSource(Kind.ANONYMISER, i);
    if (i.city() != null && !Double.isNaN(i.lat()) && !Double.isNaN(i.lon())) return new SignInSource(Kind.CITY, i);
    if (i.country() != null) return new SignInSource(Kind.COUNTRY, i);
    return new SignInSource(Kind.UNKNOWN, i);
  }

  static boolean success(Auth a) {
    return a.outcome() == null || "success".equalsIgnoreCase(a.outcome());
  }

  String place() {
    if (info == null) return "unknown";
    return (info.city() == null ? "" : info.city() + ", ") + (info.country() == null ? "?" : info.country());
  }

  String network() {
    if (info == null) return "";
    return "AS" + info.asn() + (info.asOrg() == null ? "" : " " + info.asOrg());
  }
}
