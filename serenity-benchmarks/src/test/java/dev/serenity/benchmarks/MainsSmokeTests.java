package dev.serenity.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up and REST benchmark mains run and write their JSON. Small and bounded: four shards (one identify
 * window), and the REST run on virtual time only. Fails on exceptions, never on timings.
 */
class MainsSmokeTests {

	@TempDir
	Path dir;

	@Test
	void startupBenchmarkWritesItsReport() throws Exception {
		Path out = this.dir.resolve("startup.json");
		StartupBenchmark.main(new String[] { "--out=" + out, "--shards=4", "--window-ms=200" });
		assertThat(Files.readString(out)).contains("\"name\" : \"startup\"", "\"virtual.ready\" : 4",
				"\"wall.ready\" : 4");
	}

	@Test
	void restBenchmarkWritesItsReport() throws Exception {
		Path out = this.dir.resolve("rest.json");
		RestBenchmark.main(new String[] { "--out=" + out, "--wall=false" });
		assertThat(Files.readString(out)).contains("\"name\" : \"rest\"", "\"virtual.status_200\" : 1000");
	}

}
