package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image is built with {@code ./mvnw … -pl bootstrap -am} from the modules the Dockerfile copies
 * in, and no machine of this project can run a Docker build. So this is where a module added to
 * the reactor without a {@code COPY} into the build stage is caught: Maven would refuse the
 * image's build for the missing child module.
 */
class DockerfileModulesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern COPIED_DIRECTORY = Pattern.compile("(?m)^COPY\\s+([\\w.-]+)/\\s+\\1/\\s*$");
    private static final Pattern COPIED_POM = Pattern.compile("(?m)^COPY\\s+([\\w.-]+)/pom\\.xml\\s+\\1/\\s*$");

    @Test
    void theBuildStageCopiesEveryModuleOfTheReactor() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        List<String> copied = matches(COPIED_DIRECTORY, dockerfile);
        // A module the image does not build needs only its pom, for the reactor to resolve.
        List<String> pomOnly = matches(COPIED_POM, dockerfile);

        assertThat(modules())
                .as("modules of the root pom, each copied whole or as its pom into the Dockerfile's build stage")
                .isNotEmpty()
                .allSatisfy(module -> assertThat(copied.contains(module) || pomOnly.contains(module))
                        .as("Dockerfile copies " + module)
                        .isTrue());
    }

    @Test
    void everyModuleTheServiceDependsOnIsCopiedWhole() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        List<String> copied = matches(COPIED_DIRECTORY, dockerfile);
        String bootstrapPom = Files.readString(ROOT.resolve("bootstrap/pom.xml"));

        List<String> dependedOn = modules().stream()
                .filter(module -> bootstrapPom.contains("<artifactId>gatehouse-" + module + "</artifactId>"))
                .toList();
        assertThat(dependedOn).as("modules bootstrap depends on").contains("domain", "adapters-rest");
        assertThat(copied)
                .as("modules the Dockerfile copies whole")
                .containsAll(dependedOn)
                .contains("bootstrap");
    }

    private static List<String> modules() throws IOException {
        return matches(MODULE, Files.readString(ROOT.resolve("pom.xml")));
    }

    private static List<String> matches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
