package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query documents are valid against GitHub's published schema (a copy in the resources). */
class QueryDocumentsTest {
  private static GraphQLSchema schema;

  @BeforeAll
  static void readSchema() throws IOException {
    try (InputStream in = QueryDocumentsTest.class.getResourceAsStream("/github/schema.graphql")) {
      String sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
      withoutDuplicateFields(registry);
      schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }
  }

  /**
   * The published schema declares a few fields twice (such as {@code
   * EnterpriseOwnerInfo.repositoryDeployKeySetting}), which graphql-java refuses; keep the first.
   */
  private static void withoutDuplicateFields(TypeDefinitionRegistry registry) {
    for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
      Map<String, FieldDefinition> fields = new LinkedHashMap<>();
      type.getFieldDefinitions().forEach(f -> fields.putIfAbsent(f.getName(), f));
      if (fields.size() != type.getFieldDefinitions().size()) {
        registry.remove(type);
        registry.add(
            type.transform(b -> b.fieldDefinitions(new java.util.ArrayList<>(fields.values()))));
      }
    }
  }

  @Test
  void theIssuesQueryIsValid() {
    assertEquals(List.of(), errors(IssueFetcher.ISSUES));
  }

  @Test
  void theQueryOfIssuesUpdatedSinceIsValid() {
    assertEquals(List.of(), errors(IssueFetcher.ISSUES_SINCE));
  }

  @Test
  void theQueryOfOlderEventsIsValid() {
    assertEquals(List.of(), errors(IssueFetcher.TIMELINE));
  }

  @Test
  void theCommentsQueryIsValid() {
    assertEquals(List.of(), errors(IssueFetcher.COMMENTS));
  }

  @Test
  void theQueryOfEditHistoriesIsValid() {
    assertEquals(List.of(), errors(IssueFetcher.EDITS));
  }

  @Test
  void everyDocumentIsValidatedHere() throws IOException {
    // The reading documents above, sent whole or as fragments of them, and the writing ones below.
    java.util.Set<String> validated =
        java.util.Set.of(
            "comments.graphql",
            "edits.graphql",
            "event-fields.graphql",
            "issue-fields.graphql",
            "issues-since.graphql",
            "issues.graphql",
            "timeline.graphql",
            "pins.graphql",
            "pin-issue.graphql",
            "unpin-issue.graphql",
            "add-comment.graphql",
            "lock-issue.graphql",
            "close-issue.graphql",
            "labels.graphql",
            "create-label.graphql");
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources"))) {
      List<String> documents =
          files
              .map(f -> f.getFileName().toString())
              .filter(name -> name.endsWith(".graphql"))
              .toList();
      assertEquals(validated, new java.util.HashSet<>(documents));
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "/dev/outpost/publish/pins.graphql",
        "/dev/outpost/publish/pin-issue.graphql",
        "/dev/outpost/publish/unpin-issue.graphql",
        "/dev/outpost/publish/add-comment.graphql",
        "/dev/outpost/publish/lock-issue.graphql",
        "/dev/outpost/publish/close-issue.graphql",
        "/dev/outpost/init/labels.graphql",
        "/dev/outpost/init/create-label.graphql"
      })
  void theWritingDocumentsAreValid(String file) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(file)) {
      assertTrue(in != null, "no resource " + file);
      String document = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(List.of(), errors(document));
    }
  }

  @Test
  void aWrongFieldIsCaught() {
    assertTrue(
        !errors("query { repository(owner: \"a\", name: \"b\") { issues(first: 1) { nodez } } }")
            .isEmpty());
  }

  @Test
  void noConnectionAsksForMoreThanGitHubAllows() {
    for (String document :
        List.of(
            IssueFetcher.ISSUES,
            IssueFetcher.ISSUES_SINCE,
            IssueFetcher.TIMELINE,
            IssueFetcher.COMMENTS,
            IssueFetcher.EDITS)) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(?:first|last): (\\d+)").matcher(document);
      while (m.find()) {
        assertTrue(Integer.parseInt(m.group(1)) <= 100, m.group());
      }
    }
  }

  private static List<String> errors(String query) {
    Document document = Parser.parse(query);
    List<ValidationError> errors = ParseAndValidate.validate(schema, document);
    return errors.stream().map(ValidationError::getMessage).toList();
  }
}
