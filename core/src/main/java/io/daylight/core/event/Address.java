package io.daylight.core.event;

/** A postal address as given by an ATS, HR or shipping system. Any field may be null. */
public record Address(String line1, String line2, String city, String region, String postal, String country) {}
