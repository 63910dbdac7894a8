package io.daylight.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Résumés as free text, built from role, skill and employer phrases. Honest résumés are drawn
 * fresh; a crew's personas are edits of one template (Mandiant UNC5267 2024: "résumé templates
 * reused across personas with edits"); a bootcamp cohort shares its curriculum's project bullets
 * and stack (issue 15: cohorts sit near word-shingle Jaccard 0.4).
 */
final class Resumes {
  /** One résumé: the parts it is written from, and its structured employers and education. */
  record Cv(String title, List<String> summary, List<String> bullets, List<String> skills,
      List<Map<String, Object>> employers, List<Map<String, Object>> education) {
    Cv {
      summary = List.copyOf(summary);
      bullets = List.copyOf(bullets);
      skills = List.copyOf(skills);
      employers = List.copyOf(employers);
      education = List.copyOf(education);
    }

    String text(String name) {
      StringBuilder b = new StringBuilder();
      b.append(name).append('\n').append(title).append('\n').append(String.join(" ", summary)).append("\n\nExperience\n");
      int perEmployer = Math.max(1, (bullets.size() + employers.size() - 1) / Math.max(1, employers.size()));
      for (int e = 0; e < employers.size(); e++) {
        Map<String, Object> em = employers.get(e);
        b.append(em.get("title")).append(", ").append(em.get("name")).append(" (").append(em.get("start")).append(" to ")
            .append(em.get("end")).append(")\n");
        for (int i = e * perEmployer; i < Math.min(bullets.size(), (e + 1) * perEmployer); i++) {
          b.append("- ").append(bullets.get(i)).append('\n');
        }
      }
      b.append("\nSkills: ").append(String.join(", ", skills)).append('\n');
      for (Map<String, Object> ed : education) {
        b.append("Education: ").append(ed.get("degree")).append(", ").append(ed.get("institution")).append(", ")
            .append(ed.get("end_year")).append('\n');
      }
      return b.toString();
    }
  }

  private record Role(String title, List<String> skills, List<String> objects) {}

  private static Role role(String title, String skills, String objects) {
    return new Role(title, List.of(skills.split(",")), List.of(objects.split(";")));
  }

  static final List<Role> ROLES = List.of(
      role("Senior Backend Engineer", "Java,Kotlin,Spring Boot,PostgreSQL,Kafka,Redis,gRPC,Docker,Kubernetes,AWS,Go,Terraform",
          "the order management API;a payments reconciliation service;the inventory event pipeline;a rate-limiting gateway;"
              + "the customer billing backend;an idempotent webhook processor;the search indexing workers;a multi-tenant permissions service"),
      role("Frontend Engineer", "TypeScript,React,Next.js,Redux,GraphQL,CSS,Jest,Cypress,Storybook,Webpack,Vite,Tailwind",
          "the checkout flow;a shared component library;the onboarding wizard;an accessibility audit backlog;"
              + "the analytics dashboard;a design-token pipeline;the account settings pages;a server-side rendering layer"),
      role("Full Stack Developer", "JavaScript,TypeScript,Node.js,React,Express,MongoDB,PostgreSQL,Python,Django,AWS,Docker,REST",
          "a booking platform for clinics;the internal admin console;a customer support portal;a reporting module;"
              + "the partner integration layer;a subscription management app;the file upload service;a real-time chat feature"),
      role("Data Engineer", "Python,SQL,Spark,Airflow,dbt,Snowflake,BigQuery,Kafka,Databricks,Scala,AWS Glue,Looker",
          "the nightly warehouse loads;a streaming ingestion pipeline;the customer 360 data model;a data-quality framework;"
              + "the marketing attribution tables;a CDC replication job;the finance reporting marts;a feature store for models"),
      role("DevOps Engineer", "Terraform,Kubernetes,Helm,AWS,GCP,Ansible,Jenkins,GitHub Actions,Prometheus,Grafana,Linux,Bash",
          "the CI/CD pipelines;a blue-green deployment process;the Kubernetes platform;an on-call alerting overhaul;"
              + "the infrastructure-as-code modules;a secrets management rollout;the logging stack;a disaster-recovery runbook"),
      role("Mobile Developer", "Swift,SwiftUI,Kotlin,Jetpack Compose,React Native,Flutter,Firebase,REST,GraphQL,Xcode,Gradle,Fastlane",
          "the iOS shopping app;an offline sync layer;the Android release train;a push notification service;"
              + "the in-app payments flow;a crash-reporting integration;the accessibility of the mobile app;a shared design system"),
      role("QA Automation Engineer", "Selenium,Playwright,Cypress,Java,Python,TestNG,JUnit,Postman,JMeter,Jenkins,Appium,SQL",
          "the regression suite;an API contract test harness;the load testing setup;a flaky-test quarantine;"
              + "the mobile test lab;a test data generator;the release sign-off checklist;an end-to-end smoke suite"),
      role("Machine Learning Engineer", "Python,PyTorch,TensorFlow,scikit-learn,MLflow,Kubeflow,SQL,Spark,Docker,AWS SageMaker,FastAPI,pandas",
          "a demand forecasting model;the recommendation service;a fraud scoring model;the model monitoring jobs;"
              + "a document classification pipeline;the feature engineering library;an A/B testing framework;a churn prediction model"),
      role("Blockchain Developer", "Solidity,Rust,TypeScript,ethers.js,Hardhat,Foundry,Web3.js,Node.js,Go,PostgreSQL,React,AWS",
          "a token staking contract;the wallet connection flow;an NFT marketplace backend;a cross-chain bridge monitor;"
              + "the smart contract audit fixes;a gas-optimised settlement contract;the on-chain indexer;a DeFi analytics dashboard"));

  private static final List<String> VERBS = List.of("Built", "Designed", "Led the rewrite of", "Implemented", "Migrated",
      "Refactored", "Automated", "Optimised", "Maintained", "Developed", "Shipped", "Introduced", "Scaled", "Owned",
      "Delivered", "Rebuilt", "Modernised", "Extended", "Hardened", "Stabilised");
  private static final List<String> HOW = List.of("using", "with", "on top of", "in", "by adopting", "around",
      "together with a small team using", "end to end in");
  private static final List<String> RESULTS = List.of("cutting p95 latency by %d%%", "serving %d thousand requests a day",
      "reducing cloud spend by %d%%", "used by %d internal teams", "raising test coverage to %d%%",
      "cutting release time from days to %d hours", "removing %d recurring incidents a quarter",
      "saving the support team %d hours a week", "lifting conversion by %d%%", "processing %d million events a day",
      "bringing onboarding down to %d minutes", "with zero downtime across %d releases", "for %d enterprise customers",
      "halving the error budget burn over %d months", "reducing build times by %d%%", "mentoring %d junior engineers along the way");
  private static final List<String> OPENERS = List.of("Results-driven", "Pragmatic", "Detail-oriented", "Self-motivated",
      "Collaborative", "Product-minded", "Versatile", "Passionate", "Reliable", "Curious");
  private static final List<String> DOMAINS = List.of("fintech", "e-commerce", "healthcare", "logistics", "SaaS",
      "media streaming", "insurance", "edtech", "travel", "real estate", "gaming", "telecommunications", "retail",
      "cybersecurity", "government services", "marketplaces");
  // Summary sentences are composed from parts, as people assemble them from the same clichés:
  // strangers share a phrase now and then, rarely a whole sentence.
  private static final List<String> STRENGTH_STEMS = List.of("I enjoy", "Known for", "Comfortable with",
      "I care about", "Strong believer in", "Experienced in", "Recognised for", "Focused on", "Good at",
      "Passionate about", "Most at home");
  private static final List<String> STRENGTHS = List.of("turning vague requirements into small, well-tested increments",
      "clear written communication across time zones", "owning services from design through on-call",
      "maintainable code and fast feedback loops", "documentation, code review and pairing",
      "working closely with product and design", "remote-first, asynchronous teamwork", "measuring before optimising",
      "mentoring and raising the bar on quality", "untangling legacy systems without stopping delivery",
      "shipping small changes often", "writing the tests first", "calm debugging of production issues",
      "keeping stakeholders informed", "simple designs that are easy to operate", "learning new stacks quickly");
  private static final List<String> LOOKING_VERB = List.of("Looking for", "Seeking", "Open to", "Interested in",
      "Hoping to find", "Ready for");
  private static final List<String> LOOKING_WHAT = List.of("a fully remote role", "a long-term remote position",
      "contract or full-time remote work", "a senior individual contributor role", "a technical lead role",
      "a hands-on engineering role", "remote work in US hours");
  private static final List<String> LOOKING_WHERE = List.of("on a product team", "with a growing company",
      "where ownership matters", "in a regulated industry", "at a mission-driven startup", "with a strong engineering culture",
      "close to customers", "on a platform team");

  private static String strength(SplittableRandom r) {
    String a = pick(STRENGTHS, r), b = pick(STRENGTHS, r);
    return pick(STRENGTH_STEMS, r) + " " + a + (a.equals(b) ? "" : " and " + b) + ".";
  }

  private static String looking(SplittableRandom r) {
    return pick(LOOKING_VERB, r) + " " + pick(LOOKING_WHAT, r) + " " + pick(LOOKING_WHERE, r) + ".";
  }

  private static final List<String> EMPLOYER_A = List.of("Northwind", "Bluewave", "Cedar", "Ironbridge", "Lumen",
      "Parallax", "Redwood", "Silverline", "Tidewater", "Crescent", "Brightline", "Harbor", "Keystone", "Summit", "Vertex",
      "Granite", "Copperleaf", "Meridian", "Quantum", "Beacon", "Juniper", "Oakridge", "Pinecrest", "Riverbend", "Stellar");
  private static final List<String> EMPLOYER_B = List.of("Labs", "Software", "Systems", "Technologies", "Health",
      "Logistics", "Financial", "Analytics", "Digital", "Networks", "Commerce", "Media", "Solutions", "Data");
  private static final List<String> SUFFIX = List.of("Inc.", "LLC", "Corp.", "", "");

  static final List<String> US_UNIVERSITIES = List.of("Arizona State University", "University of Washington",
      "Georgia Institute of Technology", "The University of Texas at Austin", "The Ohio State University", "Purdue University",
      "University of Michigan", "Rutgers University", "University of Florida", "Pennsylvania State University",
      "University of California, San Diego", "San Jose State University", "University of Illinois Urbana-Champaign",
      "University of Minnesota", "North Carolina State University", "Texas A&M University", "University of Colorado Boulder",
      "Temple University", "Northeastern University", "Boston University", "DePaul University",
      "University of Central Florida", "Portland State University", "University of Utah", "University of Houston",
      "Georgia State University", "City College of New York", "Wayne State University");
  private static final Map<String, List<String>> ABROAD_UNIVERSITIES = Map.ofEntries(
      Map.entry("IN", List.of("Indian Institute of Technology Bombay", "Vellore Institute of Technology", "Anna University",
          "JNTU Hyderabad", "Savitribai Phule Pune University")),
      Map.entry("PH", List.of("University of the Philippines Diliman", "Ateneo de Manila University", "University of San Carlos")),
      Map.entry("PL", List.of("Warsaw University of Technology", "AGH University of Krakow")),
      Map.entry("DE", List.of("Technische Universität Berlin", "Technische Universität München")),
      Map.entry("BR", List.of("Universidade de São Paulo", "Universidade Estadual de Campinas")),
      Map.entry("NG", List.of("University of Lagos", "Obafemi Awolowo University")),
      Map.entry("MX", List.of("Universidad Nacional Autónoma de México", "Universidad de Guadalajara")),
      Map.entry("UA", List.of("Lviv Polytechnic National University", "Ivan Franko National University of Lviv")),
      Map.entry("CA", List.of("University of Toronto", "University of British Columbia")),
      Map.entry("GB", List.of("University of Manchester", "University College London")));
  private static final List<String> DEGREES = List.of("BSc Computer Science", "BS Software Engineering",
      "BS Information Technology", "BEng Electrical Engineering", "BA Mathematics", "MS Computer Science",
      "BS Computer Engineering", "BS Information Systems");

  private Resumes() {}

  /** A fresh résumé of someone living in {@code country} (ISO 3166). */
  static Cv fresh(String country, SplittableRandom r) {
    Role role = ROLES.get(r.nextInt(ROLES.size()));
    int years = 3 + r.nextInt(12);
    List<String> bullets = new ArrayList<>();
    int n = 7 + r.nextInt(4);
    for (int i = 0; i < n; i++) bullets.add(bullet(role, r));
    return new Cv(title(role, r), summary(role, years, r), bullets, skills(role, r), employers(country, years, role, r),
        List.of(education(country, r)));
  }

  static String title(Role role, SplittableRandom r) {
    return role.title;
  }

  static List<String> summary(Role role, int years, SplittableRandom r) {
    String d1 = pick(DOMAINS, r), d2 = pick(DOMAINS, r);
    while (d2.equals(d1)) d2 = pick(DOMAINS, r);
    return List.of(pick(OPENERS, r) + " " + role.title.toLowerCase() + " with " + years + " years of experience in " + d1
            + " and " + d2 + ", mostly with " + pick(role.skills, r) + " and " + pick(role.skills, r) + ".",
        strength(r), looking(r));
  }

  static String bullet(Role role, SplittableRandom r) {
    String tech = pick(role.skills, r);
    if (r.nextBoolean()) tech = tech + " and " + pick(role.skills, r);
    return pick(VERBS, r) + " " + pick(role.objects, r) + " " + pick(HOW, r) + " " + tech + ", "
        + String.format(pick(RESULTS, r), 2 + r.nextInt(97)) + ".";
  }

  /** The same bullet with one or two of its slots redrawn (what "lightly edited" means here). */
  static String edit(String bullet, Role role, SplittableRandom r) {
    String[] parts = bullet.split(", ", 2);
    if (parts.length < 2) return bullet(role, r);
    String head = parts[0];
    if (r.nextBoolean()) {
      String result = String.format(pick(RESULTS, r), 2 + r.nextInt(97)) + ".";
      return head + ", " + result;
    }
    // Change the opening verb and keep the rest: shingles near the start change, the tail stays.
    String verb = VERBS.stream().filter(head::startsWith).findFirst().orElse("");
    return pick(VERBS, r) + head.substring(verb.length()) + ", " + parts[1];
  }

  static List<String> skills(Role role, SplittableRandom r) {
    List<String> s = new ArrayList<>(role.skills);
    shuffle(s, r);
    return s.subList(0, 7 + r.nextInt(4));
  }

  static List<Map<String, Object>> employers(String country, int years, Role role, SplittableRandom r) {
    List<Map<String, Object>> out = new ArrayList<>();
    // Dates end before the window opens (March 2026): a current job is "present".
    int end = 2025, endMonth = 1 + r.nextInt(12);
    int count = years > 7 ? 3 : 2;
    for (int i = 0; i < count; i++) {
      int span = Math.max(1, years / count);
      int start = end - span;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", employer(r));
      m.put("country", country);
      m.put("title", (i == 0 ? "" : pick(List.of("", "Junior ", "Associate "), r)) + role.title.replace("Senior ", i == 0 ? "Senior " : ""));
      m.put("start", String.format("%d-%02d", start, 1 + r.nextInt(12)));
      m.put("end", i == 0 && r.nextDouble() < 0.5 ? "present" : String.format("%d-%02d", end, endMonth));
      out.add(m);
      end = start;
      endMonth = 1 + r.nextInt(12);
    }
    return out;
  }

  static String employer(SplittableRandom r) {
    String s = pick(SUFFIX, r);
    return pick(EMPLOYER_A, r) + " " + pick(EMPLOYER_B, r) + (s.isEmpty() ? "" : " " + s);
  }

  static Map<String, Object> education(String country, SplittableRandom r) {
    List<String> unis = "US".equals(country) ? US_UNIVERSITIES : ABROAD_UNIVERSITIES.getOrDefault(country, US_UNIVERSITIES);
    return education(pick(unis, r), country, pick(DEGREES, r), 2004 + r.nextInt(20));
  }

  static Map<String, Object> education(String institution, String country, String degree, int endYear) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("institution", institution);
    m.put("country", country);
    m.put("degree", degree);
    m.put("end_year", endYear);
    return m;
  }

  /** The index of the résumé's role in {@link #ROLES} (the openings list follows the same order). */
  static int roleIndex(Cv cv) {
    return Math.max(0, ROLES.indexOf(roleOf(cv)));
  }

  /** A student's summary: no years of experience to claim. */
  static List<String> studentSummary(String university, SplittableRandom r) {
    return List.of("Computer science student at " + university + ", graduating in 2026, with internship experience in "
        + pick(DOMAINS, r) + ".", strength(r), looking(r));
  }

  static Role roleOf(Cv cv) {
    return ROLES.stream().filter(x -> x.title.equals(cv.title)).findFirst().orElse(ROLES.get(0));
  }

  /**
   * A crew persona's copy of the template. {@code keep} of the bullets stay verbatim, {@code edit}
   * are lightly edited, the rest are rewritten; with {@code rewriteSummary} the summary is new; with
   * {@code reorder} the bullets and skills are shuffled. Employers and education are the persona's.
   */
  static Cv variant(Cv base, double keep, double edit, boolean rewriteSummary, boolean reorder, String country,
      SplittableRandom r) {
    Role role = roleOf(base);
    List<String> bullets = new ArrayList<>();
    for (String b : base.bullets) {
      double x = r.nextDouble();
      bullets.add(x < keep ? b : x < keep + edit ? edit(b, role, r) : bullet(role, r));
    }
    List<String> skills = new ArrayList<>(base.skills);
    List<String> summary = base.summary;
    if (rewriteSummary) summary = summary(role, 3 + r.nextInt(12), r);
    if (reorder) {
      shuffle(bullets, r);
      shuffle(skills, r);
    }
    int years = 3 + r.nextInt(12);
    return new Cv(base.title, summary, bullets, skills, employers(country, years, role, r), List.of(education(country, r)));
  }

  /** A bootcamp's template: its stack in its order and the curriculum's project bullets. */
  static Cv bootcampTemplate(String bootcamp, SplittableRandom r) {
    Role role = ROLES.get(2); // full stack: what coding bootcamps teach
    List<String> projects = new ArrayList<>();
    for (int i = 0; i < 6; i++) projects.add(bullet(role, r));
    List<String> summary = List.of("Full stack developer and " + bootcamp + " graduate with a background in "
        + pick(DOMAINS, r) + ".", strength(r), looking(r));
    return new Cv("Full Stack Developer", summary, projects, role.skills.subList(0, 9), List.of(),
        List.of(education(bootcamp, "US", "Certificate, Software Engineering Immersive", 2026)));
  }

  /** A graduate's résumé from the cohort template: shared projects and stack, own story and past career. */
  static Cv graduate(Cv template, SplittableRandom r) {
    Role role = roleOf(template);
    List<String> bullets = new ArrayList<>(template.bullets);
    if (r.nextBoolean()) bullets.set(r.nextInt(bullets.size()), bullet(role, r)); // some swap a project for their own
    for (int i = 0; i < 2; i++) bullets.add(bullet(ROLES.get(r.nextInt(ROLES.size())), r));
    List<String> summary = new ArrayList<>(template.summary);
    summary.set(1, strength(r)); // the closing line is the career coach's, shared by the cohort
    List<Map<String, Object>> edu = new ArrayList<>(template.education);
    edu.add(education("US", r));
    return new Cv(template.title, summary, bullets, template.skills, employers("US", 3, role, r), edu);
  }

  static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }

  static <T> void shuffle(List<T> list, SplittableRandom r) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
