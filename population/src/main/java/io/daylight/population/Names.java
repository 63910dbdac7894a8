package io.daylight.population;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * People's names. One distribution for everyone who lives in the US — honest applicants and the
 * stolen or borrowed US identities that schemes apply under (DoJ v. Chapman: 68 stolen US
 * identities; RevGen 2025: identities of 80+ US persons) — so a name says nothing about fraud.
 * Within an origin, names follow a Zipf law (frequency ∝ 1/rank, as US Census 2010 surname and SSA
 * first-name counts roughly do), which makes common-name namesakes arise by themselves.
 */
final class Names {
  record Name(String first, String middle, String last) {
    String full() {
      return middle == null ? first + " " + last : first + " " + middle + " " + last;
    }
  }

  private record Origin(List<String> first, List<String> last) {}

  private static Origin o(String first, String last) {
    return new Origin(List.of(first.split(",")), List.of(last.split(",")));
  }

  private static final Map<String, Origin> ORIGINS = new LinkedHashMap<>();

  static {
    ORIGINS.put("anglo", o(
        "Michael,James,David,John,Robert,Christopher,William,Daniel,Matthew,Joshua,Andrew,Ryan,Brian,Kevin,Jason,Justin,"
            + "Tyler,Brandon,Jacob,Anthony,Mark,Steven,Thomas,Eric,Nathan,Kyle,Zachary,Aaron,Adam,Sean,Jordan,Marcus,"
            + "DeShawn,Jamal,Darnell,Andre,Terrell,Malik,Jessica,Ashley,Emily,Sarah,Jennifer,Amanda,Elizabeth,Megan,"
            + "Lauren,Rachel,Hannah,Nicole,Stephanie,Rebecca,Katherine,Laura,Olivia,Emma,Madison,Samantha,Taylor,Morgan,"
            + "Alexis,Kayla,Brittany,Danielle,Courtney,Aaliyah,Imani,Jasmine,Ebony,Keisha,Grace,Abigail,Chloe,Natalie",
        "Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Martin,Jackson,Thompson,"
            + "White,Harris,Clark,Lewis,Robinson,Walker,Young,Allen,King,Wright,Scott,Hill,Green,Adams,Baker,Nelson,Hall,"
            + "Campbell,Mitchell,Carter,Roberts,Phillips,Evans,Turner,Parker,Collins,Edwards,Stewart,Morris,Murphy,Cook,"
            + "Rogers,Morgan,Cooper,Peterson,Reed,Bailey,Bell,Kelly,Howard,Ward,Cox,Richardson,Wood,Watson,Brooks,Bennett,"
            + "Gray,Hughes,Price,Sanders,Myers,Long,Ross,Foster,Powell,Jenkins,Perry,Russell,Sullivan,Fisher,Henderson,"
            + "Coleman,Simmons,Patterson,Washington,Jefferson,Banks,Freeman,Reynolds,Hamilton,Graham,Wallace,Cole,West,"
            + "Stone,Olson,Hansen,Larson,Meyer,Schultz,Becker,O'Brien,McCarthy,Gallagher,Byrne"));
    ORIGINS.put("hispanic", o(
        "José,Juan,Carlos,Luis,Miguel,Jorge,Alejandro,Diego,Javier,Ricardo,Fernando,Eduardo,Andrés,Daniel,María,Ana,"
            + "Sofía,Gabriela,Daniela,Valeria,Camila,Lucía,Isabel,Mariana,Adriana,Carolina,Verónica,Elena",
        "Garcia,Rodriguez,Martinez,Hernandez,Lopez,Gonzalez,Perez,Sanchez,Ramirez,Torres,Flores,Rivera,Gomez,Diaz,"
            + "Reyes,Morales,Cruz,Ortiz,Gutierrez,Chavez,Ramos,Ruiz,Alvarez,Mendoza,Castillo,Jimenez,Vasquez,Romero,"
            + "Herrera,Medina,Aguilar,Vargas"));
    ORIGINS.put("indian", o(
        "Rahul,Amit,Vikram,Arjun,Rohan,Sanjay,Ravi,Suresh,Anil,Karthik,Aditya,Nikhil,Vivek,Pranav,Siddharth,Priya,"
            + "Ananya,Deepa,Kavya,Neha,Pooja,Shreya,Divya,Lakshmi,Sneha,Aishwarya,Meera",
        "Patel,Shah,Kumar,Singh,Sharma,Reddy,Gupta,Rao,Iyer,Nair,Desai,Mehta,Joshi,Agarwal,Chowdhury,Krishnan,Menon,"
            + "Pillai,Bhat,Kulkarni,Verma,Mishra,Srinivasan,Banerjee"));
    ORIGINS.put("chinese", o(
        "Wei,Jing,Lei,Yang,Hao,Jun,Min,Xiaoming,Yan,Mei,Ling,Hui,Kevin,Jenny,Eric,Vivian,Tony,Amy,Jason,Helen",
        "Wang,Li,Zhang,Chen,Liu,Yang,Huang,Zhao,Wu,Zhou,Xu,Sun,Ma,Zhu,Hu,Lin,Guo,He,Gao,Luo"));
    ORIGINS.put("vietnamese", o("Minh,Tuan,Anh,Linh,Huong,Thanh,Duc,Khanh,Bao,Trang,Kevin,Tina",
        "Nguyen,Tran,Le,Pham,Hoang,Phan,Vu,Dang,Bui,Do"));
    ORIGINS.put("korean", o("Ji-hoon,Min-jun,Seo-yeon,Ji-woo,Hyun,Soo-jin,Daniel,Grace,Joon,Eunice",
        "Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim"));
    ORIGINS.put("filipino", o("Mark,John Paul,Maria,Kristine,Angelica,Jerome,Rommel,Mary Grace,Joseph,Jericho,Patricia,Carlo",
        "Santos,Reyes,Cruz,Bautista,Ocampo,Garcia,Mendoza,Dela Cruz,Villanueva,Aquino,Ramos,Castro"));
    ORIGINS.put("nigerian", o("Chinedu,Oluwaseun,Emeka,Tunde,Adaeze,Ngozi,Chioma,Funmilayo,Ifeanyi,Babajide,Tobi,Kemi",
        "Okafor,Adeyemi,Okonkwo,Eze,Adebayo,Nwosu,Ogunleye,Balogun,Okoro,Ibrahim,Afolabi,Obi"));
    ORIGINS.put("polish", o("Piotr,Tomasz,Krzysztof,Paweł,Michał,Jakub,Anna,Katarzyna,Agnieszka,Magdalena,Joanna,Monika",
        "Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak"));
    ORIGINS.put("german", o("Lukas,Jonas,Felix,Maximilian,Leon,Laura,Lena,Julia,Sophie,Katharina",
        "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Hoffmann,Schulz"));
    ORIGINS.put("ukrainian", o("Oleksandr,Dmytro,Andriy,Serhiy,Olena,Iryna,Nataliya,Yuliya,Maksym,Oksana",
        "Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchenko,Melnyk,Boyko,Koval,Shevchuk,Lysenko"));
    ORIGINS.put("arabic", o("Omar,Ahmed,Mohamed,Youssef,Khalid,Karim,Fatima,Layla,Nour,Sara,Amira,Yasmin",
        "Hassan,Haddad,Khalil,Ali,Mahmoud,Ibrahim,Saleh,Nasser,Aziz,Farah"));
    ORIGINS.put("brazilian", o("Lucas,Gabriel,Rafael,Mateus,Bruno,Thiago,Juliana,Fernanda,Beatriz,Camila,Larissa,Mariana",
        "Silva,Santos,Oliveira,Souza,Pereira,Costa,Ferreira,Almeida,Carvalho,Rocha,Lima,Ribeiro"));
  }

  /**
   * Origin mix of people living in the US who apply for remote software work. Assumed: US Census
   * 2020 shares (57.8 % White non-Hispanic, 18.7 % Hispanic, 12.1 % Black, 5.9 % Asian) shifted
   * toward the larger Asian share of US software workers; Black Americans' names are within "anglo".
   */
  private static final Map<String, Double> US_MIX = mix(
      "anglo", 0.52, "hispanic", 0.14, "indian", 0.10, "chinese", 0.07, "vietnamese", 0.03, "korean", 0.02,
      "filipino", 0.03, "nigerian", 0.02, "polish", 0.02, "german", 0.01, "ukrainian", 0.02, "arabic", 0.015,
      "brazilian", 0.005);

  /** Who applies from each country (assumed from its population; GB and CA mixed like their cities). */
  private static final Map<String, Map<String, Double>> COUNTRY_MIX = Map.of(
      "IN", mix("indian", 1.0), "PH", mix("filipino", 1.0), "PL", mix("polish", 1.0),
      "DE", mix("german", 0.85, "polish", 0.05, "arabic", 0.1), "UA", mix("ukrainian", 1.0),
      "BR", mix("brazilian", 1.0), "NG", mix("nigerian", 1.0), "MX", mix("hispanic", 1.0),
      "GB", mix("anglo", 0.75, "indian", 0.12, "polish", 0.05, "nigerian", 0.04, "arabic", 0.04),
      "CA", mix("anglo", 0.6, "indian", 0.12, "chinese", 0.12, "filipino", 0.06, "arabic", 0.05, "hispanic", 0.05));

  /** Common English short forms, for borrowed identities edited slightly and for honest re-applicants. */
  static final Map<String, String> NICKNAMES = Map.ofEntries(
      Map.entry("Michael", "Mike"), Map.entry("James", "Jim"), Map.entry("David", "Dave"), Map.entry("John", "Jack"),
      Map.entry("Robert", "Rob"), Map.entry("Christopher", "Chris"), Map.entry("William", "Will"),
      Map.entry("Daniel", "Dan"), Map.entry("Matthew", "Matt"), Map.entry("Joshua", "Josh"), Map.entry("Andrew", "Drew"),
      Map.entry("Anthony", "Tony"), Map.entry("Steven", "Steve"), Map.entry("Thomas", "Tom"), Map.entry("Zachary", "Zach"),
      Map.entry("Jessica", "Jess"), Map.entry("Jennifer", "Jen"), Map.entry("Elizabeth", "Liz"), Map.entry("Samantha", "Sam"),
      Map.entry("Katherine", "Kate"), Map.entry("Rebecca", "Becca"), Map.entry("Nicholas", "Nick"), Map.entry("Alejandro", "Alex"),
      Map.entry("Oleksandr", "Alex"), Map.entry("Siddharth", "Sid"), Map.entry("Nathan", "Nate"), Map.entry("Abigail", "Abby"));

  private Names() {}

  private static Map<String, Double> mix(Object... kv) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
    return m;
  }

  /** A name of someone who lives in the US (honest, or an identity a scheme stole or borrowed). */
  static Name us(SplittableRandom r) {
    return from(US_MIX, r);
  }

  /** A name of someone living in {@code country}. */
  static Name of(String country, SplittableRandom r) {
    Map<String, Double> m = COUNTRY_MIX.get(country);
    return m == null ? us(r) : from(m, r);
  }

  private static Name from(Map<String, Double> mix, SplittableRandom r) {
    Origin origin = ORIGINS.get(weighted(mix, r));
    // About 1 in 8 has a first name from another origin (e.g. "Kevin Chen", "Daniel Kim").
    Origin firstFrom = r.nextDouble() < 0.12 ? ORIGINS.get(weighted(US_MIX, r)) : origin;
    String first = zipf(firstFrom.first, r);
    String last = zipf(origin.last, r);
    String middle = r.nextDouble() < 0.08 ? String.valueOf((char) ('A' + r.nextInt(26))) + "." : null;
    return new Name(first, middle, last);
  }

  static String weighted(Map<String, Double> m, SplittableRandom r) {
    double total = m.values().stream().mapToDouble(Double::doubleValue).sum();
    double x = r.nextDouble() * total;
    String last = null;
    for (Map.Entry<String, Double> e : m.entrySet()) {
      last = e.getKey();
      x -= e.getValue();
      if (x < 0) return last;
    }
    return last;
  }

  /** Rank-frequency ∝ 1/rank over the list (Zipf, s = 1). */
  static String zipf(List<String> list, SplittableRandom r) {
    double h = 0;
    for (int i = 1; i <= list.size(); i++) h += 1.0 / i;
    double x = r.nextDouble() * h;
    for (int i = 1; i <= list.size(); i++) {
      x -= 1.0 / i;
      if (x < 0) return list.get(i - 1);
    }
    return list.get(list.size() - 1);
  }

  /** Every first name and surname any origin can produce (for tests: the one pool). */
  static Set<String> pool() {
    Set<String> s = new LinkedHashSet<>();
    for (Origin o : ORIGINS.values()) {
      s.addAll(o.first);
      s.addAll(o.last);
    }
    return s;
  }

  /** The most common full names of the US mix (namesakes: different people, one name). */
  static List<Name> common() {
    List<Name> out = new ArrayList<>();
    for (String origin : List.of("anglo", "hispanic", "indian", "chinese", "vietnamese")) {
      Origin o = ORIGINS.get(origin);
      for (int i = 0; i < 3; i++) out.add(new Name(o.first.get(i), null, o.last.get(i)));
    }
    return out;
  }

  /** ASCII lower case for e-mail local parts and handles ("Wiśniewski" → "wisniewski", "Dela Cruz" → "delacruz"). */
  static String ascii(String s) {
    String n = Normalizer.normalize(s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss"), Normalizer.Form.NFD);
    return n.replaceAll("\\p{M}", "").toLowerCase().replaceAll("[^a-z0-9]", "");
  }
}
