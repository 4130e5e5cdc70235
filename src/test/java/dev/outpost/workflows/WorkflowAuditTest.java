package dev.outpost.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link WorkflowAudit} names each way a workflow can give away more than it must. */
class WorkflowAuditTest {
  private static List<String> audit(String yaml) throws IOException {
    return WorkflowAudit.workflow("w.yml", yaml);
  }

  @Test
  void aJobThatNamesWhatItsStepsNeedPasses() throws IOException {
    assertEquals(
        List.of(),
        audit(
            """
            on: [issues]
            permissions: {}
            jobs:
              build:
                runs-on: ubuntu-latest
                permissions: { contents: read, issues: write }
                steps:
                  - uses: actions/checkout@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0
                  - uses: outpost-status/outpost@v1
                    with: { pin: true }
                  - env:
                      TITLE: ${{ github.event.issue.title }}
                    run: echo "$TITLE"
            """));
  }

  @Test
  void aJobWithoutPermissionsOfItsOwnFails() throws IOException {
    assertEquals(
        List.of("w.yml: job test has no permissions: of its own"),
        audit(
            """
            on: push
            permissions:
              contents: read
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
            """));
  }

  @Test
  void broadGrantsFail() throws IOException {
    assertEquals(
        List.of("w.yml: job test grants write-all; name each permission it needs"),
        audit(
            """
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                permissions: write-all
                steps:
                  - run: make
            """));
  }

  @Test
  void pullRequestTargetAndWorkflowRunFail() throws IOException {
    String job =
        """
        jobs:
          test:
            runs-on: ubuntu-latest
            permissions: {}
            steps:
              - run: make
        """;
    assertEquals(
        List.of(
            "w.yml: runs on pull_request_target, with a token of the repository for what someone"
                + " else's code did"),
        audit("on:\n  pull_request_target:\n    types: [opened]\n" + job));
    assertEquals(
        List.of(
            "w.yml: runs on pull_request_target, with a token of the repository for what someone"
                + " else's code did",
            "w.yml: runs on workflow_run, with a token of the repository for what someone else's"
                + " code did"),
        audit("on: [push, pull_request_target, workflow_run]\n" + job));
  }

  @Test
  void untrustedTextInAScriptFails() throws IOException {
    assertEquals(
        List.of(
            "w.yml: job reply step 1 (Echo) puts ${{ github.event.issue.title }} in its script;"
                + " pass it through env: instead",
            "w.yml: job reply step 1 (Echo) puts ${{ github.event.comment.body }} in its script;"
                + " pass it through env: instead",
            "w.yml: job reply step 2 puts ${{ github.head_ref }} in its script; pass it through"
                + " env: instead",
            "w.yml: job reply step 3 puts ${{ toJSON(github.event.client_payload) }} in its"
                + " script; pass it through env: instead",
            "w.yml: job reply step 4 puts ${{ github.event.pull_request.head.ref }} in its script;"
                + " pass it through env: instead",
            "w.yml: job reply step 5 puts ${{ toJSON(github.event) }} in its script; pass it"
                + " through env: instead",
            "w.yml: job reply step 6 uses actions/github-script, which the permission table does"
                + " not know",
            "w.yml: job reply step 6 puts ${{ github.event.issue.body }} in its script; pass it"
                + " through env: instead"),
        audit(
            """
            on: [issue_comment, pull_request, repository_dispatch]
            jobs:
              reply:
                runs-on: ubuntu-latest
                permissions: {}
                steps:
                  - name: Echo
                    run: |
                      echo "${{ github.event.issue.title }}"
                      echo "${{ github.event.comment.body }}"
                      echo "${{ github.event.issue.number }}"
                  - run: git checkout ${{ github.head_ref }}
                  - run: echo '${{ toJSON(github.event.client_payload) }}'
                  - run: echo ${{ github.event.pull_request.head.ref }}
                  - run: echo '${{ toJSON(github.event) }}'
                  - uses: actions/github-script@v7
                    with:
                      script: console.log("${{ github.event.issue.body }}")
            """));
  }

  @Test
  void aPermissionNoStepNeedsFails() throws IOException {
    assertEquals(
        List.of(
            "w.yml: job build grants issues: write, where step 2 needs only read",
            "w.yml: job build grants pages: write, which no step needs",
            "w.yml: job build grants actions: read, which no step needs"),
        audit(
            """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                permissions:
                  contents: read
                  issues: write
                  pages: write
                  actions: read
                  packages: none
                steps:
                  - uses: actions/checkout@v4
                  - uses: ./
                    with:
                      command: build
                  - uses: actions/upload-pages-artifact@v3
            """));
  }

  @Test
  void aPermissionAStepNeedsButTheJobLacksFails() throws IOException {
    assertEquals(
        List.of(
            "w.yml: job deploy step 1 needs id-token: write, which the job does not grant",
            "w.yml: job deploy step 1 needs pages: write, which the job does not grant",
            "w.yml: job deploy step 2 (Rebuild) needs actions: write, which the job does not"
                + " grant"),
        audit(
            """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                permissions:
                  pages: read
                steps:
                  - uses: actions/deploy-pages@v4
                  - name: Rebuild
                    env:
                      GH_TOKEN: ${{ github.token }}
                    run: gh workflow run status.yml
            """));
  }

  @Test
  void whatTheTableCannotTellFails() throws IOException {
    assertEquals(
        List.of(
            "w.yml: job a step 1 uses some/action, which the permission table does not know",
            "w.yml: job a step 2 gives its script the token for commands the table does not know",
            "w.yml: job b calls the reusable workflow o/r/.github/workflows/x.yml@v1, whose needs"
                + " the table does not know"),
        audit(
            """
            on: push
            jobs:
              a:
                runs-on: ubuntu-latest
                permissions: {}
                steps:
                  - uses: some/action@v1
                  - run: |
                        curl -H "Authorization: Bearer ${{ secrets.GITHUB_TOKEN }}" https://api.github.com/
              b:
                uses: o/r/.github/workflows/x.yml@v1
            """));
  }

  @Test
  void anActionsScriptMustNotTakeItsInputsThroughExpressions() throws IOException {
    assertEquals(
        List.of(
            "a.yml: step 2 (Run) puts ${{ inputs.args }} in its script",
            "a.yml: step 2 (Run) puts ${{ github.event.issue.title }} in its script"),
        WorkflowAudit.action(
            "a.yml",
            """
            runs:
              using: composite
              steps:
                - shell: bash
                  env:
                    ARGS: ${{ inputs.args }}
                  run: run.sh $ARGS
                - name: Run
                  shell: bash
                  run: run.sh ${{ inputs.args }} "${{ github.event.issue.title }}"
            """));
  }
}
