package io.daylight.core.signin;

import io.daylight.core.context.DeploymentContext;
import io.daylight.core.event.Auth;
import io.daylight.core.intel.IpIntel;
import java.util.Optional;

/**
 * What a sign-in's source address says, once: the organisation's own egress (says nothing about
 * the worker), an anonymiser (VPN, hosting, Tor: says nothing about the place), no place (a
 * mobile carrier's network, or a device the organisation does not manage), a city-level place, a
 * country only, or nothing.
 *
 * <p>Why mobile and unmanaged sign-ins are no place: carriers put subscribers behind
 * carrier-grade NAT gateways (RFC 6598 shared space inside, a few gateway addresses outside) whose
 * city-level geolocation is the gateway's, often 1,000–4,000 km from the person, and roaming
 * phones exit in their home carrier's country (GSMA IR.88 home routing). A phone and a laptop
 * signed in together then look like impossible travel or "two devices at once"; in the held-out
 * measurement of issue 15 impossible travel fired on about 1 honest worker in 6 that way and on no
 * impostor. Unmanaged devices are overwhelmingly phones and tablets on such networks, and even on
 * a fixed line they are not the laptop whose place is in question. Only managed devices on
 * fixed-line networks give a place; detectors that measure distance use their city-level fixes
 * only and allow for the remaining error (RIPE IPmap, Du et al., CCR 2020) in their thresholds.
 */
record SignInSource(Kind kind, IpIntel.IpInfo info) {

  enum Kind { CORPORATE, ANONYMISER, NO_PLACE, CITY, COUNTRY, UNKNOWN }

  static SignInSource of(Auth a, DeploymentContext deployment, IpIntel ip) {
    String addr = a.srcIp() == null ? null : a.srcIp().trim();
    if (addr == null || addr.isEmpty()) return new SignInSource(Kind.UNKNOWN, null);
    if (deployment.corporateEgress().contains(addr)) return new SignInSource(Kind.CORPORATE, null);
    Optional<IpIntel.IpInfo> info = ip.lookup(addr);
    if (info.isEmpty()) return new SignInSource(Kind.UNKNOWN, null);
    IpIntel.IpInfo i = info.get();
    if (i.network() != null && i.network().anonymising()) return new SignInSource(Kind.ANONYMISER, i);
    if (i.network() == IpIntel.NetworkClass.MOBILE || Boolean.FALSE.equals(a.managed())) {
      return new SignInSource(Kind.NO_PLACE, i);
    }
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
