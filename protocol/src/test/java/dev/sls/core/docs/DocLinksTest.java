package dev.sls.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link in README.md and docs/**.md leads somewhere: an existing file, and a heading that exists. */
class DocLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyRelativeLinkOfTheReadmeAndDocsLeadsSomewhere() {
        assertTrue(Files.isRegularFile(ROOT.resolve("README.md")), "run from a module of the repository");
        assertTrue(DocLinks.markdownFiles(ROOT).size() > 1, "README.md and docs/ are checked");
        List<String> broken = DocLinks.broken(ROOT);
        assertEquals(List.of(), broken, "broken links:\n" + String.join("\n", broken));
    }

    @Test
    void aMissingFileOrHeadingIsReported(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs/admin"));
        Files.writeString(root.resolve("docs/admin/setup.md"), "# Set up\n\n## Step two\n");
        Files.writeString(root.resolve("README.md"), String.join("\n",
                "[ok](docs/admin/setup.md) [ok anchor](docs/admin/setup.md#step-two) [web](https://example.org/x)",
                "[gone](docs/admin/missing.md) [bad anchor](docs/admin/setup.md#step-three)",
                "`[in code](nowhere.md)`", "```", "[fenced](nowhere.md)", "```",
                "[ref]: docs/nothing-here.md", ""));
        Files.writeString(root.resolve("docs/index.md"), "[up](../README.md) [self](#index) [down](admin/none.md)\n\n# Index\n");

        List<String> broken = DocLinks.broken(root);

        assertEquals(4, broken.size(), String.join("\n", broken));
        String all = String.join("\n", broken);
        assertTrue(all.contains("README.md: (docs/admin/missing.md) points at nothing"), all);
        assertTrue(all.contains("README.md: (docs/nothing-here.md) points at nothing"), all);
        assertTrue(all.contains("README.md: (docs/admin/setup.md#step-three) has no heading"), all);
        assertTrue(all.contains("index.md: (admin/none.md) points at nothing"), all);
    }

    @Test
    void anchorsFollowGithubRules() {
        assertEquals(Set.of("device-chooser-security-levels-and-step-up-f11-f12", "the-two-commands",
                        "the-two-commands-1", "run-tests"),
                DocLinks.anchorsOf("## Device chooser, security levels and step-up (F11, F12)\n# The two commands\n"
                        + "## The two commands\n### Run `tests`\n"));
    }
}
