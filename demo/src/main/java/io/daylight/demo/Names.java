package io.daylight.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Realistic personal names from many naming traditions, drawn uniformly and independently of
 * everything else about a person: a name's origin never says anything about fraud, so the demo
 * gives every population (honest, look-alike, scheme) the same name distribution.
 */
final class Names {
  private Names() {}

  /** {given names, family names} per naming tradition; common names of each. */
  private static final List<String[][]> TRADITIONS = List.of(
      new String[][] {{"James", "Emily", "Michael", "Sarah", "David", "Jessica", "Ryan", "Ashley", "Daniel", "Megan"},
          {"Miller", "Johnson", "Williams", "Brown", "Taylor", "Anderson", "Thompson", "Walker", "Harris", "Clark"}},
      new String[][] {{"Carlos", "Maria", "Jose", "Lucia", "Diego", "Sofia", "Javier", "Valentina", "Miguel", "Camila"},
          {"Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres"}},
      new String[][] {{"Wei", "Li Na", "Jun", "Xiaoming", "Mei", "Hao", "Yan", "Jie", "Lei", "Ying"},
          {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"}},
      new String[][] {{"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Joon-young", "Su-bin", "Hyun-woo", "Ye-jin"},
          {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"}},
      new String[][] {{"Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Divya", "Rahul", "Sneha"},
          {"Sharma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Singh", "Rao", "Menon", "Kulkarni"}},
      new String[][] {{"Jose Miguel", "Maricel", "Paolo", "Kristine", "Rommel", "Angelica", "Jericho", "Rowena", "Mark Anthony", "Joy"},
          {"Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva", "Dela Cruz", "Aquino"}},
      new String[][] {{"Piotr", "Katarzyna", "Tomasz", "Agnieszka", "Marcin", "Magdalena", "Krzysztof", "Joanna", "Pawel", "Ewa"},
          {"Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Szymanski", "Dabrowski", "Kozlowski"}},
      new String[][] {{"Lukas", "Anna", "Jonas", "Lena", "Felix", "Laura", "Maximilian", "Julia", "Tobias", "Hannah"},
          {"Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz"}},
      new String[][] {{"Louis", "Camille", "Hugo", "Chloe", "Antoine", "Manon", "Julien", "Ines", "Mathieu", "Lea"},
          {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"}},
      new String[][] {{"Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka", "Ifeanyi", "Folake"},
          {"Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Ogunleye", "Nwosu", "Adebayo", "Obi", "Afolabi"}},
      new String[][] {{"Minh", "Linh", "Tuan", "Huong", "Duc", "Thao", "Quang", "Mai", "Hieu", "Trang"},
          {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo"}},
      new String[][] {{"Omar", "Fatima", "Youssef", "Layla", "Karim", "Nour", "Tariq", "Huda", "Samir", "Rania"},
          {"Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Hassan", "Aziz", "Farah", "Darwish", "Bakr"}},
      new String[][] {{"Joao", "Ana Clara", "Pedro", "Beatriz", "Gabriel", "Larissa", "Rafael", "Fernanda", "Thiago", "Juliana"},
          {"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Ferreira", "Carvalho", "Ribeiro"}},
      new String[][] {{"Dmitri", "Olga", "Andriy", "Natalia", "Sergei", "Irina", "Oleksandr", "Yulia", "Mikhail", "Tetiana"},
          {"Ivanov", "Petrenko", "Smirnov", "Kovalenko", "Popov", "Shevchenko", "Volkov", "Bondarenko", "Sokolov", "Melnyk"}},
      new String[][] {{"Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Kaito", "Sakura", "Yuto", "Mio"},
          {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"}},
      new String[][] {{"Emre", "Zeynep", "Burak", "Elif", "Mehmet", "Ayse", "Can", "Selin", "Kerem", "Deniz"},
          {"Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Aydin", "Ozturk", "Arslan", "Dogan"}});

  /** A given name and a family name of one tradition, chosen uniformly. */
  static String[] person(RandomGenerator r) {
    String[][] t = TRADITIONS.get(r.nextInt(TRADITIONS.size()));
    return new String[] {t[0][r.nextInt(t[0].length)], t[1][r.nextInt(t[1].length)]};
  }

  /** A given name from the same tradition as the family name (siblings share a surname). */
  static String givenLike(RandomGenerator r, String family) {
    for (String[][] t : TRADITIONS) {
      for (String f : t[1]) if (f.equals(family)) return t[0][r.nextInt(t[0].length)];
    }
    return TRADITIONS.get(0)[0][r.nextInt(10)];
  }

  static String ascii(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  /** A personal e-mail address of the kind applicants give. */
  static String personalEmail(RandomGenerator r, String given, String family) {
    String[] domains = {"gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com"};
    String g = ascii(given), f = ascii(family);
    String local = switch (r.nextInt(4)) {
      case 0 -> g + "." + f;
      case 1 -> g.charAt(0) + f + (10 + r.nextInt(90));
      case 2 -> g + f + ".dev";
      default -> f + "." + g + (r.nextInt(1000));
    };
    return local + "@" + domains[r.nextInt(domains.length)];
  }

  static String corporateEmail(String given, String family, String id) {
    return ascii(given) + "." + ascii(family) + "." + id.substring(2) + "@corp.example";
  }

  /** A Wi-Fi access point's MAC (BSSID), locally administered bit clear, from a seed. */
  static String bssid(long seed) {
    String h = Mix.hex(Mix.mix(seed, 77), 12);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i += 2) {
      if (i > 0) b.append(':');
      b.append(h, i, i + 2);
    }
    // Clear the multicast and locally-administered bits of the first octet: a real vendor MAC.
    int first = Integer.parseInt(h.substring(0, 2), 16) & 0xFC;
    return Mix.hex(first, 2) + b.substring(2);
  }

  private static final String[] STREETS_US = {"Maple St", "Oak Ave", "Cedar Ln", "Elm St", "Park Blvd", "Lakeview Dr", "Washington Ave", "2nd St", "Pine St", "Highland Ave"};
  private static final String[] STREETS_EU = {"High Street", "Station Road", "Hauptstrasse", "Rue de la Paix", "ulica Polna", "Church Lane", "Gartenweg", "Avenue Victor Hugo", "ulica Lesna", "Mill Road"};
  private static final String[] STREETS_OTHER = {"MG Road", "Rizal Avenue", "Rua Augusta", "Avenida Reforma", "Jalan Merdeka", "Residency Road", "Ayala Avenue", "Rua Oscar Freire", "Calle Durango", "Brigade Road"};

  static Address address(RandomGenerator r, Place p) {
    String[] streets = switch (p.country()) {
      case "US", "CA" -> STREETS_US;
      case "GB", "DE", "FR", "PL", "PT" -> STREETS_EU;
      default -> STREETS_OTHER;
    };
    String line1 = (1 + r.nextInt(4800)) + " " + streets[r.nextInt(streets.length)];
    if (r.nextInt(4) == 0) line1 += ", Apt " + (1 + r.nextInt(40));
    return new Address(line1, p.city(), p.region(), p.postals().get(r.nextInt(p.postals().size())), p.country());
  }
}
