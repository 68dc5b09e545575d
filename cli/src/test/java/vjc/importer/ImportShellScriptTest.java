package vjc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vjc.diag.Diagnostic;
import vjc.load.SourceText;

/** The shell subset vjc import reads: one sentence per rule, as a shell would see it. */
class ImportShellScriptTest {

  private static ShellScript.Parsed parse(String script) {
    return ShellScript.parse(new SourceText(Path.of("s.sh"), script), true);
  }

  /** The words of the last command, open variables shown as {@code ${NAME}}. */
  private static List<String> words(String script) {
    List<ShellScript.Command> cs = parse(script).commands();
    return cs.get(cs.size() - 1).words().stream().map(ShellWord::display).toList();
  }

  @Test
  void quotesAreRemovedAndJoinAdjacentParts() {
    assertEquals(
        List.of("a", "b c", "d'e", "f\"g", "hij"), words("a 'b c' \"d'e\" 'f\"g' h'i'\"j\""));
  }

  @Test
  void backslashNewlineContinuesAWordOrACommand() {
    assertEquals(
        List.of("gcloud", "--a=1", "--b=23"), words("gcloud \\\n  --a=1 \\\n  --b=2\\\n3"));
  }

  @Test
  void backslashNewlineInsideDoubleQuotesDisappears() {
    assertEquals(List.of("x=1,y=2"), words("\"x=1,\\\ny=2\""));
  }

  @Test
  void singleQuotesKeepEverythingLiteral() {
    assertEquals(List.of("$HOME \\n ${X}"), words("'$HOME \\n ${X}'"));
  }

  @Test
  void assignedVariablesExpandAndOthersStayOpen() {
    assertEquals(
        List.of("echo", "n1-standard-4", "${IMAGE}", "x-n1-standard-4-${TAG}"),
        words("M=n1-standard-4\necho $M \"${IMAGE}\" x-${M}-$TAG"));
  }

  @Test
  void unquotedExpansionSplitsAtBlanksAndQuotedDoesNot() {
    assertEquals(List.of("echo", "a", "b", "a b"), words("V='a b'\necho $V \"$V\""));
  }

  @Test
  void exportIsRecordedButAPrefixAssignmentOnlyLastsItsCommand() {
    assertEquals(List.of("echo", "1", "${B}"), words("export A=1\nB=2 true\necho $A $B"));
  }

  @Test
  void commentsEndAtTheLineAndHashInsideAWordIsLiteral() {
    assertEquals(List.of("echo", "a#b"), words("# comment 'unclosed\necho a#b # trailing"));
  }

  @Test
  void separatorsAndPipesEndCommands() {
    ShellScript.Parsed p = parse("a 1; b 2 && c 3 || d 4 | e 5 & f 6");
    assertEquals(6, p.commands().size());
    assertEquals("f", p.commands().get(5).words().get(0).text());
  }

  @Test
  void redirectionsAreNotArguments() {
    assertEquals(List.of("gcloud", "x"), words("gcloud x 2>&1 > out.log < in.txt"));
  }

  @Test
  void notebookBangIsDropped() {
    assertEquals(List.of("gcloud", "x"), words("! gcloud x"));
  }

  @Test
  void fStringFieldsAreOpenButDoubledBracesAreNot() {
    ShellScript.Parsed p = parse("run --a={REGION} --b={{x}} --c=${D}");
    assertEquals(
        List.of("run", "--a=${REGION}", "--b={{x}}", "--c=${D}"),
        p.commands().get(0).words().stream().map(ShellWord::display).toList());
    assertEquals(List.of("REGION"), List.copyOf(p.fromFString()));
  }

  @Test
  void offsetsPointIntoTheAssignmentAVariableCameFrom() {
    ShellScript.Parsed p = parse("SPEC=\"k=v\"\nrun --s=$SPEC");
    ShellWord w = p.commands().get(1).words().get(1);
    assertEquals("--s=k=v", w.text());
    assertEquals(6, w.offsetAt(4), "the k of k=v is at offset 6, in the assignment");
  }

  @Test
  void commandSubstitutionAndSpecialParametersAreReportedNotRun() {
    ShellScript.Parsed p = parse("run $(date) `id` $1 ${#X}");
    List<String> messages =
        p.commands().get(0).problems().stream().map(Diagnostic::message).toList();
    assertEquals(4, messages.size(), messages.toString());
    assertTrue(messages.get(0).startsWith("command substitution"), messages.toString());
    assertTrue(messages.get(2).contains("$1"), messages.toString());
  }

  @Test
  void unterminatedQuoteIsAnErrorAtTheQuote() {
    ShellScript.Parsed p = parse("run 'abc");
    Diagnostic d = p.commands().get(0).problems().get(0);
    assertEquals("this single quote is never closed", d.message());
    assertEquals(5, d.origin().column());
  }

  @Test
  void commentedOutGcloudBlocksReadAsCommandsWithColumnsKept() {
    String script = "# note: not this\n#   gcloud ai custom-jobs create \\\n#     --region=x\necho";
    ShellScript.Parsed p =
        ShellScript.parseCommentedOut(new SourceText(Path.of("s.sh"), script), false);
    assertEquals(1, p.commands().size());
    ShellScript.Command c = p.commands().get(0);
    assertEquals(
        List.of("gcloud", "ai", "custom-jobs", "create", "--region=x"),
        c.words().stream().map(ShellWord::text).toList());
    assertTrue(c.commentedOut());
    assertEquals(script.indexOf("gcloud"), c.offset());
  }
}
