package dev.serenity.gateway.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FileSessionStore} in a temporary directory.
 */
class FileSessionStoreTests {

	private static final Session SESSION = new Session("f4c8a0b1", 1234, "wss://gateway-us-east1-c.discord.gg", 3,
			8);

	@TempDir
	Path temp;

	private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

	private Logger logger;

	@BeforeEach
	void captureWarnings() {
		this.logger = (Logger) LoggerFactory.getLogger(FileSessionStore.class);
		this.warnings.start();
		this.logger.addAppender(this.warnings);
	}

	@AfterEach
	void stopCapturing() {
		this.logger.detachAppender(this.warnings);
	}

	@Test
	void savedSessionIsLoadedBack() {
		FileSessionStore store = new FileSessionStore(this.temp);
		store.save(SESSION);
		assertThat(store.load(3, 8)).contains(SESSION);
		assertThat(store.load(3, 4)).isEmpty();
		assertThat(this.warnings.list).isEmpty();
	}

	@Test
	void sessionSurvivesANewStoreInstanceAsAfterARestart() {
		Path directory = this.temp.resolve("state").resolve("sessions");
		new FileSessionStore(directory).save(SESSION);
		FileSessionStore restarted = new FileSessionStore(directory);
		assertThat(restarted.load(3, 8)).contains(SESSION);
	}

	@Test
	void eachShardHasOneJsonFileAndNoTemporaryFileRemains() throws IOException {
		FileSessionStore store = new FileSessionStore(this.temp);
		store.save(SESSION);
		store.save(SESSION.withSequence(1240));
		store.save(new Session("other", 1, "wss://resume.example", 0, 8));
		try (Stream<Path> files = Files.list(this.temp)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder("shard-3-of-8.json", "shard-0-of-8.json");
		}
		String json = Files.readString(this.temp.resolve("shard-3-of-8.json"));
		assertThat(json).contains("\"session_id\":\"f4c8a0b1\"").contains("\"sequence\":1240");
		assertThat(store.load(3, 8)).contains(SESSION.withSequence(1240));
	}

	@Test
	void corruptFileIsIgnoredWithAWarningNamingIt() throws IOException {
		Path file = this.temp.resolve("shard-3-of-8.json");
		Files.writeString(file, "{\"session_id\":\"f4c8", StandardCharsets.UTF_8);
		FileSessionStore store = new FileSessionStore(this.temp);
		assertThat(store.load(3, 8)).isEmpty();
		assertThat(this.warnings.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).contains(file.toString()).contains("shard 3 will identify");
		});
	}

	@Test
	void fileWithAnInvalidOrMissingFieldIsIgnored() throws IOException {
		FileSessionStore store = new FileSessionStore(this.temp);
		Files.writeString(this.temp.resolve("shard-0-of-1.json"),
				"{\"session_id\":\"abc\",\"sequence\":-5,\"resume_gateway_url\":\"wss://x\",\"shard_id\":0,"
						+ "\"shard_count\":1}");
		Files.writeString(this.temp.resolve("shard-0-of-2.json"), "{\"session_id\":\"abc\"}");
		Files.writeString(this.temp.resolve("shard-1-of-2.json"), "[1,2,3]");
		assertThat(store.load(0, 1)).isEmpty();
		assertThat(store.load(0, 2)).isEmpty();
		assertThat(store.load(1, 2)).isEmpty();
		assertThat(this.warnings.list).hasSize(3);
	}

	@Test
	void fileHoldingAnotherShardsSessionIsIgnored() throws IOException {
		FileSessionStore store = new FileSessionStore(this.temp);
		store.save(SESSION);
		Files.move(this.temp.resolve("shard-3-of-8.json"), this.temp.resolve("shard-4-of-8.json"));
		assertThat(store.load(4, 8)).isEmpty();
		assertThat(this.warnings.list).singleElement()
			.satisfies((event) -> assertThat(event.getFormattedMessage()).contains("shard 3 of 8"));
	}

	@Test
	void unreadableFileIsIgnoredWithAWarning() throws IOException {
		Files.createDirectory(this.temp.resolve("shard-0-of-1.json"));
		assertThat(new FileSessionStore(this.temp).load(0, 1)).isEmpty();
		assertThat(this.warnings.list).singleElement()
			.satisfies((event) -> assertThat(event.getFormattedMessage()).contains("cannot be read"));
	}

	@Test
	void missingFileOrDirectoryGivesEmptyWithoutWarning() {
		assertThat(new FileSessionStore(this.temp.resolve("absent")).load(0, 1)).isEmpty();
		assertThat(this.warnings.list).isEmpty();
	}

	@Test
	void deleteRemovesTheFile() {
		FileSessionStore store = new FileSessionStore(this.temp);
		store.save(SESSION);
		store.delete(3, 8);
		assertThat(this.temp.resolve("shard-3-of-8.json")).doesNotExist();
		assertThat(store.load(3, 8)).isEmpty();
		store.delete(3, 8);
	}

}
