package dev.outpost;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows between packages that DESIGN.md draws. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.outpost");

  @Test
  void modelUsesTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.outpost.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("dev.outpost.model..", "java..")
        .check(CLASSES);
  }

  @Test
  void configKnowsOnlyTheModel() {
    onlyDependsOn(
        "dev.outpost.config..",
        "dev.outpost.model..",
        "dev.outpost.words..",
        "com.fasterxml.jackson..",
        "org.yaml.snakeyaml..");
  }

  /** The site's words: catalogues and ICU, nothing of Outpost's own. */
  @Test
  void wordsKnowOnlyIcu() {
    onlyDependsOn("dev.outpost.words..", "com.ibm.icu..");
  }

  @Test
  void incidentFilesKnowOnlyModelAndConfig() {
    onlyDependsOn(
        "dev.outpost.source.files..",
        "dev.outpost.model..",
        "dev.outpost.config..",
        "com.fasterxml.jackson..");
  }

  /**
   * An import writes the files Outpost reads, and nothing else: no site. It may read another status
   * page's JSON API, or another repository's issues through the GitHub source (never GitHub
   * directly), and stop with Outpost's failure when that cannot be read.
   */
  @Test
  void importsKnowOnlyModelConfigIncidentFilesAndTheGitHubSource() {
    noClasses()
        .that()
        .resideInAPackage("dev.outpost.importer..")
        .should()
        .dependOnClassesThat(
            resideOutsideOfPackages(
                    "dev.outpost.importer..",
                    "dev.outpost.markup..",
                    "dev.outpost.model..",
                    "dev.outpost.config..",
                    "dev.outpost.source.files..",
                    "dev.outpost.source.github..",
                    "com.fasterxml.jackson..",
                    "java..")
                .and(not(type(OutpostException.class)))
                .and(not(type(ExitCode.class))))
        .check(CLASSES);
  }

  /**
   * The GitHub source may use the org.kohsuke client for GitHub's REST API (App tokens, repository
   * metadata) besides its own GraphQL, and the state folder to keep the issues read between builds;
   * nothing else is allowed outside the model and the config.
   */
  @Test
  void gitHubIssuesKnowOnlyModelConfigTheStateAndTheFailure() {
    noClasses()
        .that()
        .resideInAPackage("dev.outpost.source.github..")
        .should()
        .dependOnClassesThat(
            resideOutsideOfPackages(
                    "dev.outpost.source.github..",
                    "dev.outpost.model..",
                    "dev.outpost.config..",
                    "dev.outpost.state..",
                    "com.fasterxml.jackson..",
                    "org.kohsuke.github..",
                    "java..",
                    // The JDK's HttpClient names its TLS types there (BoundedHttpClient).
                    "javax.net.ssl..")
                .and(not(type(OutpostException.class)))
                .and(not(type(ExitCode.class))))
        .check(CLASSES);
  }

  /** Only the GitHub source talks to GitHub's REST API through the org.kohsuke client. */
  @Test
  void onlyTheGitHubSourceUsesTheGitHubClientLibrary() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.outpost.source.github..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.kohsuke.github..", "io.jsonwebtoken..")
        .check(CLASSES);
  }

  @Test
  void onlyTheGitHubSourceAndTheChecksTalkToTheNetwork() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dev.outpost.source.github..",
            "dev.outpost.check..",
            "dev.outpost.preview..",
            "dev.outpost.notify..",
            "dev.outpost.importer..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.net.http..")
        .check(CLASSES);
  }

  /** Escaping for HTML and XML: the JDK only, so that every stage that writes markup may use it. */
  @Test
  void markupKnowsOnlyTheJdk() {
    onlyDependsOn("dev.outpost.markup..");
  }

  @Test
  void renderingKnowsOnlyTheModel() {
    onlyDependsOn(
        "dev.outpost.render..",
        "dev.outpost.markup..",
        "dev.outpost.model..",
        "dev.outpost.words..",
        "com.ibm.icu..",
        "gg.jte..",
        "org.commonmark..",
        "com.fasterxml.jackson..");
  }

  /** What a run keeps for the next one: generic, so that every stage may use it. */
  @Test
  void theStateFolderKnowsOnlyJackson() {
    onlyDependsOn("dev.outpost.state..", "com.fasterxml.jackson..");
  }

  @Test
  void publishingKnowsTheModelAndTheGitHubClient() {
    onlyDependsOn(
        "dev.outpost.publish..",
        "dev.outpost.model..",
        "dev.outpost.source.github..",
        "com.fasterxml.jackson..");
  }

  /** Notifications are told from the model the site is built from, never from a source. */
  @Test
  void notificationsKnowTheModelTheConfigTheStateAndTheRenderedShapes() {
    onlyDependsOn(
        "dev.outpost.notify..",
        "dev.outpost.markup..",
        "dev.outpost.model..",
        "dev.outpost.config",
        "dev.outpost.state..",
        "dev.outpost.render",
        "dev.outpost.render.api..",
        "com.fasterxml.jackson..",
        "jakarta.mail..",
        "javax.crypto..");
  }

  @Test
  void nothingButTheCommandLineKnowsPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.outpost.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(CLASSES);
  }

  @Test
  void checksKnowTheConfigTheModelTheGitHubClientAndTheState() {
    onlyDependsOn(
        "dev.outpost.check..",
        "dev.outpost.config..",
        "dev.outpost.model..",
        "dev.outpost.source.github..",
        "dev.outpost.state..",
        "dev.outpost",
        "com.fasterxml.jackson..",
        "javax.net..");
  }

  private static void onlyDependsOn(String packageName, String... allowed) {
    String[] packages = new String[allowed.length + 2];
    packages[0] = packageName;
    packages[1] = "java..";
    System.arraycopy(allowed, 0, packages, 2, allowed.length);
    noClasses()
        .that()
        .resideInAPackage(packageName)
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(packages)
        .check(CLASSES);
  }
}
