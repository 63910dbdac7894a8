package io.daylight.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.daylight.core.address.Addresses;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NormalisersTest {

  @Test void jaro_winkler_matches_winklers_published_examples() {
    // Winkler (1990) table: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813.
    assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, within(0.001));
    assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.840, within(0.001));
    assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
    assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
  }

  @Property void jaro_winkler_is_symmetric_and_bounded(@ForAll @AlphaChars @StringLength(max = 80) String a,
                                                      @ForAll @AlphaChars @StringLength(max = 80) String b) {
    double s = JaroWinkler.similarity(a, b);
    assertThat(s).isBetween(0.0, 1.0).isCloseTo(JaroWinkler.similarity(b, a), within(1e-12));
  }

  @Test void soundex_follows_the_national_archives_rules() {
    assertThat(Soundex.of("robert")).isEqualTo("R163");
    assertThat(Soundex.of("rupert")).isEqualTo("R163");
    assertThat(Soundex.of("ashcraft")).isEqualTo("A261");
    assertThat(Soundex.of("tymczak")).isEqualTo("T522");
    assertThat(Soundex.of("pfister")).isEqualTo("P236");
  }

  @Test void names_fold_case_accents_and_punctuation() {
    assertThat(Text.fold("  José  O'Neil-Smith ")).isEqualTo("jose o neil smith");
    assertThat(Text.tokens("jose o neil")).containsExactly("jose", "o", "neil");
  }

  @Test void romanisation_variants_match_each_other_but_not_other_names() {
    assertThat(Transliteration.variants("gim", "kim")).isTrue();
    assertThat(Transliteration.variants("rhee", "yi")).isTrue();
    assertThat(Transliteration.variants("pak", "park")).isTrue();
    assertThat(Transliteration.variants("jeong", "chung")).isTrue();
    assertThat(Transliteration.variants("choe", "choi")).isTrue();
    assertThat(Transliteration.variants("kim", "king")).isFalse();
    assertThat(Transliteration.variants("kim", "kim")).isFalse();
  }

  @Test void gmail_ignores_dots_and_tags_and_googlemail_is_gmail() {
    assertThat(Emails.mailbox("Jon.Miller+jobs@GoogleMail.com")).isEqualTo("jonmiller@gmail.com");
    assertThat(Emails.mailbox("jonmiller@gmail.com")).isEqualTo("jonmiller@gmail.com");
  }

  @Test void outlook_drops_tags_but_keeps_dots_and_unknown_providers_keep_both() {
    assertThat(Emails.mailbox("jon.miller+x@outlook.com")).isEqualTo("jon.miller@outlook.com");
    assertThat(Emails.mailbox("jon.miller+x@example.org")).isEqualTo("jon.miller+x@example.org");
    assertThat(Emails.mailbox("not an address")).isEmpty();
  }

  @Test void phone_fingerprints_keep_the_typing_habit_not_the_digits() {
    assertThat(PhoneFormat.fingerprint("+1 (602) 555-0143")).isEqualTo("+1 (3) 3-4");
    assertThat(PhoneFormat.fingerprint("+1 (480) 555-9999")).isEqualTo("+1 (3) 3-4");
    assertThat(PhoneFormat.fingerprint("602.555.0143")).isEqualTo("3.3.4");
    assertThat(PhoneFormat.fingerprint("+16025550143")).isEqualTo("+11");
    assertThat(PhoneFormat.nationalGrouping("+1 (602) 555-0143")).isEqualTo("3-3-4");
    assertThat(PhoneFormat.nationalGrouping("+16025550143")).isEqualTo("10");
    assertThat(PhoneFormat.nationalGrouping("+1 602-5550-143")).isEqualTo("3-4-3");
    assertThat(PhoneFormat.nationalGrouping("602 555 0143")).isEqualTo("3-3-4");
  }

  @Test void profile_links_reduce_to_case_insensitive_handles() {
    assertThat(ProfileLinks.key("https://www.GitHub.com/JMiller-Dev/")).contains("github:jmiller-dev");
    assertThat(ProfileLinks.key("github.com/jmiller-dev?tab=repositories")).contains("github:jmiller-dev");
    assertThat(ProfileLinks.key("https://uk.linkedin.com/in/Jon-Miller-42")).contains("linkedin:jon-miller-42");
    assertThat(ProfileLinks.key("https://jon.dev/about")).contains("web:jon.dev/about");
  }

  @Test void addresses_abbreviate_street_types_and_split_the_house_number() {
    String a = Addresses.normalise("12 Palm Street, Apt 4");
    assertThat(a).isEqualTo("12 palm st apt 4");
    assertThat(Addresses.normalise("12 palm st.")).isEqualTo("12 palm st");
    assertThat(Addresses.houseNumber(a)).isEqualTo("12");
    assertThat(Addresses.street(a)).isEqualTo("palm st apt 4");
    assertThat(Addresses.postcode("SW1A 1AA", "GB")).isEqualTo("sw1a1aa");
  }

  @Property void photo_hashes_within_four_bits_always_share_a_blocking_key(@ForAll long h, @ForAll int b1, @ForAll int b2,
                                                                          @ForAll int b3, @ForAll int b4) {
    long near = h ^ (1L << (b1 & 63)) ^ (1L << (b2 & 63)) ^ (1L << (b3 & 63)) ^ (1L << (b4 & 63));
    assertThat(PhotoHash.distance(h, near)).isLessThanOrEqualTo(4);
    assertThat(PhotoHash.firstSharedKey(h, near)).isBetween(0, PhotoHash.KEYS - 1);
  }

  @Test void photo_hashes_far_apart_share_no_key_and_bad_hex_is_no_photo() {
    assertThat(PhotoHash.firstSharedKey(0L, -1L)).isEqualTo(-1);
    assertThat(List.of(PhotoHash.parse("zz"), PhotoHash.parse(null))).allMatch(a -> a.length == 0);
  }

  @Test void cv_stripping_removes_own_name_contacts_and_links_but_keeps_short_numbers() {
    List<String> words = ResumeSimilarity.strip("Jon Miller | jon.miller@gmail.com | +1 (602) 555-0143 | "
        + "https://github.com/jmiller-dev | Led 12 engineers at Acme since 2019", new String[] {"jon", "miller"},
        null, null, List.of());
    assertThat(words).containsExactly("led", "12", "engineers", "at", "acme", "since", "2019");
  }
}
