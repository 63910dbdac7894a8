package io.daylight.demo;

/** A postal address, as the contract writes it. */
public record Address(String line1, String city, String region, String postal, String country) {}
