package io.daylight.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * CV text composed from a vocabulary of roles, skills and achievement phrases, plus education and
 * employment history. Institutions are real universities of each country; employers are invented
 * names in the patterns of real ones.
 */
final class Resumes {
  private Resumes() {}

  static final String[] POSITIONS = {
      "Senior Backend Engineer (remote)", "Full-Stack Developer (remote)", "Frontend Engineer, React (remote)",
      "Data Engineer (remote)", "DevOps / Platform Engineer (remote)", "Mobile Developer, iOS and Android (remote)",
      "QA Automation Engineer (remote)", "Machine Learning Engineer (remote)", "Smart Contract Developer (remote)"};

  private static final Map<Integer, String[]> SKILLS = Map.of(
      0, new String[] {"Java", "Spring Boot", "Kotlin", "PostgreSQL", "Kafka", "gRPC", "Redis", "Microservices"},
      1, new String[] {"TypeScript", "Node.js", "React", "Next.js", "GraphQL", "PostgreSQL", "AWS Lambda", "Docker"},
      2, new String[] {"React", "TypeScript", "Redux", "CSS-in-JS", "Webpack", "Accessibility", "Storybook", "Jest"},
      3, new String[] {"Python", "Apache Spark", "Airflow", "dbt", "Snowflake", "Kafka", "SQL", "Data modelling"},
      4, new String[] {"Kubernetes", "Terraform", "AWS", "GitHub Actions", "Prometheus", "Linux", "Helm", "Go"},
      5, new String[] {"Swift", "Kotlin", "Flutter", "React Native", "Firebase", "CI for mobile", "REST APIs", "SQLite"},
      6, new String[] {"Selenium", "Playwright", "Cypress", "Java", "Python", "REST Assured", "JMeter", "CI pipelines"},
      7, new String[] {"Python", "PyTorch", "scikit-learn", "MLflow", "Feature stores", "SQL", "Docker", "LLM fine-tuning"},
      8, new String[] {"Solidity", "Rust", "Ethereum", "Hardhat", "Web3.js", "Smart-contract auditing", "TypeScript", "DeFi"});

  private static final String[] OPENERS = {
      "%s with %d years of experience building %s.",
      "Results-driven %s, %d years shipping %s to production.",
      "%s who has spent %d years on %s for distributed teams.",
      "Pragmatic %s (%d years) focused on %s and clean code."};
  private static final String[] DOMAINS = {"payment platforms", "e-commerce systems", "logistics software",
      "healthcare data pipelines", "SaaS products", "fintech APIs", "media streaming services", "developer tooling"};
  private static final String[] BULLETS = {
      "Cut p95 latency of a core service by %d%% through profiling and caching.",
      "Led a team of %d engineers through a migration to the cloud.",
      "Raised test coverage from 40%% to %d%% and made releases weekly.",
      "Designed an event pipeline handling %d million messages a day.",
      "Mentored %d junior developers and ran code reviews.",
      "Reduced infrastructure cost by %d%% by right-sizing clusters."};

  private static final Map<String, String[]> UNIVERSITIES = Map.ofEntries(
      Map.entry("US", new String[] {"Arizona State University", "University of Texas at Austin", "University of Washington", "Georgia Institute of Technology", "University of Illinois Urbana-Champaign", "Boston University", "University of Colorado Boulder", "University of Minnesota"}),
      Map.entry("CA", new String[] {"University of Toronto", "University of Waterloo", "McGill University"}),
      Map.entry("GB", new String[] {"University College London", "University of Manchester", "King's College London"}),
      Map.entry("DE", new String[] {"Technische Universitaet Berlin", "Humboldt-Universitaet zu Berlin", "Technische Universitaet Muenchen"}),
      Map.entry("FR", new String[] {"Sorbonne Universite", "Universite Paris-Saclay", "EPITA"}),
      Map.entry("PL", new String[] {"Warsaw University of Technology", "University of Warsaw", "AGH University of Krakow"}),
      Map.entry("IN", new String[] {"RV College of Engineering", "Indian Institute of Science", "PES University", "Anna University"}),
      Map.entry("PH", new String[] {"University of the Philippines Diliman", "Ateneo de Manila University", "De La Salle University"}),
      Map.entry("BR", new String[] {"Universidade de Sao Paulo", "Universidade Estadual de Campinas", "Universidade Federal do Rio de Janeiro"}),
      Map.entry("MX", new String[] {"Universidad Nacional Autonoma de Mexico", "Instituto Politecnico Nacional", "Tecnologico de Monterrey"}));
  private static final String[] DEGREES = {"BSc Computer Science", "BEng Software Engineering", "MSc Computer Science",
      "BSc Information Systems", "BSc Mathematics", "BEng Electrical Engineering"};
  private static final String[] EMPLOYER_STEMS = {"Bluefin", "Northgate", "Quantix", "Brightlane", "Cobalt", "Meridian",
      "Sunridge", "Ironleaf", "Parallax", "Tidewater", "Redwood", "Orbital", "Kestrel", "Lumen", "Summit", "Harbor"};
  private static final String[] EMPLOYER_KINDS = {"Software", "Analytics", "Labs", "Systems", "Digital", "Technologies", "Cloud", "Data"};
  private static final Map<String, String> SUFFIX = Map.of("US", "LLC", "CA", "Inc.", "GB", "Ltd", "DE", "GmbH",
      "FR", "SAS", "PL", "Sp. z o.o.", "IN", "Pvt Ltd", "PH", "Inc.", "BR", "Ltda", "MX", "S.A. de C.V.");
  private static final String[] TITLES = {"Software Engineer", "Senior Software Engineer", "Developer", "Senior Developer",
      "Tech Lead", "Consultant", "Engineer II"};

  record Cv(String position, String text, List<Education> education, List<Employer> employers) {}

  record Education(String institution, String country, String degree, int endYear) {}

  record Employer(String name, String country, String title, String start, String end) {}

  static String university(RandomGenerator r, String country) {
    String[] u = UNIVERSITIES.getOrDefault(country, UNIVERSITIES.get("US"));
    return u[r.nextInt(u.length)];
  }

  static String degree(RandomGenerator r) {
    return DEGREES[r.nextInt(DEGREES.length)];
  }

  static String employerName(RandomGenerator r, String country) {
    return EMPLOYER_STEMS[r.nextInt(EMPLOYER_STEMS.length)] + " " + EMPLOYER_KINDS[r.nextInt(EMPLOYER_KINDS.length)]
        + " " + SUFFIX.getOrDefault(country, "LLC");
  }

  /** A CV for someone of {@code country} who applies to {@code role}. */
  static Cv compose(RandomGenerator r, String fullName, String country, int role) {
    int years = 2 + r.nextInt(13);
    List<Employer> employers = new ArrayList<>();
    int endYear = 2025;
    for (int i = 0; i < 2 + r.nextInt(2); i++) {
      int start = endYear - 1 - r.nextInt(4);
      employers.add(new Employer(employerName(r, country), country, TITLES[r.nextInt(TITLES.length)],
          start + "-" + String.format("%02d", 1 + r.nextInt(12)), i == 0 ? null : endYear + "-" + String.format("%02d", 1 + r.nextInt(12))));
      endYear = start;
    }
    int gradYear = 2025 - years - r.nextInt(2);
    Education edu = new Education(university(r, country), country, degree(r), gradYear);
    return new Cv(POSITIONS[role], text(r, fullName, role, years, employers, edu), List.of(edu), employers);
  }

  static String text(RandomGenerator r, String fullName, int role, int years, List<Employer> employers, Education edu) {
    String[] skills = SKILLS.get(role);
    String title = POSITIONS[role].replace(" (remote)", "");
    StringBuilder b = new StringBuilder();
    b.append(fullName).append(". ");
    b.append(String.format(OPENERS[r.nextInt(OPENERS.length)], title, years, DOMAINS[r.nextInt(DOMAINS.length)])).append(' ');
    b.append("Skills: ");
    int k = 4 + r.nextInt(4);
    int offset = r.nextInt(skills.length);
    for (int i = 0; i < k; i++) b.append(i == 0 ? "" : ", ").append(skills[(offset + i) % skills.length]);
    b.append(". ");
    for (Employer e : employers) {
      b.append(e.title()).append(" at ").append(e.name()).append(" (").append(e.start()).append(" to ")
          .append(e.end() == null ? "present" : e.end()).append("): ");
      b.append(String.format(BULLETS[r.nextInt(BULLETS.length)], 3 + r.nextInt(60))).append(' ');
    }
    b.append("Education: ").append(edu.degree()).append(", ").append(edu.institution()).append(", ").append(edu.endYear()).append('.');
    return b.toString();
  }

  /** A popular bootcamp's CV template: the same scaffolding and phrasing, each graduate's own facts. */
  static String bootcampTemplate(String fullName, String city, String skillA, String skillB, String project) {
    return fullName + " | Full-Stack Developer | " + city + ". "
        + "Graduate of the LaunchPad Coding Bootcamp (16-week immersive, 900+ hours). "
        + "Passionate full-stack developer who loves turning ideas into clean, scalable web applications. "
        + "Technical skills: JavaScript, " + skillA + ", " + skillB + ", HTML5, CSS3, Git, Agile/Scrum. "
        + "Capstone project: " + project + " - built end to end in a team of four, deployed on Heroku. "
        + "Soft skills: communication, teamwork, problem solving, growth mindset.";
  }
}
