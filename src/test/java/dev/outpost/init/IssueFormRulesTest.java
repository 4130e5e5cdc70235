package dev.outpost.init;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker itself rejects what GitHub rejects, so that its approval of our forms means
 * something.
 */
class IssueFormRulesTest {
  @Test
  void acceptsAMinimalForm() throws IOException {
    assertEquals(
        List.of(),
        IssueFormRules.problems(
            """
            name: Bug
            description: A bug
            body:
              - type: input
                id: what
                attributes: { label: What }
            """));
  }

  @Test
  void rejectsWhatGitHubRejects() throws IOException {
    assertEquals(
        List.of(
            "required top level key description is missing",
            "hello is not a permitted key",
            "body[1]: id can only contain numbers, letters, -, _",
            "body[2]: id must be unique",
            "body[2]: label must be unique",
            "body[2]: options cannot include the reserved word None",
            "body[2]: options must be unique",
            "body[3]: markdown cannot have validations"),
        IssueFormRules.problems(
            """
            name: Bug
            hello: world
            body:
              - type: input
                id: what
                attributes: { label: What }
              - type: textarea
                id: "what is it"
                attributes: { label: Details }
              - type: dropdown
                id: what
                attributes: { label: what, options: [A, None, A] }
              - type: markdown
                attributes: { value: Hi }
                validations: { required: true }
            """));
  }

  @Test
  void needsAFieldBesidesMarkdown() throws IOException {
    assertEquals(
        List.of("body must contain at least one non-markdown field"),
        IssueFormRules.problems(
            """
            name: Bug
            description: A bug
            body:
              - type: markdown
                attributes: { value: Hi }
            """));
  }

  @Test
  void aDefaultIsTheIndexOfAnOptionOfADropdownAndAValueIsText() throws IOException {
    assertEquals(
        List.of(
            "body[0]: default must be the index of one of the options",
            "body[1]: only a dropdown has a default",
            "body[2]: attributes.value must be a string",
            "body[2]: only an input or a textarea has a value"),
        IssueFormRules.problems(
            """
            name: Bug
            description: A bug
            body:
              - type: dropdown
                id: how
                attributes: { label: How, options: [A, B], default: 2 }
              - type: input
                id: what
                attributes: { label: What, default: 0 }
              - type: checkboxes
                id: which
                attributes: { label: Which, value: [1], options: [{ label: A }] }
            """));
  }
}
