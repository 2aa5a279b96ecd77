package dev.serenity.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds the shared material next to the project ({@code ../shared}): Discord payloads and the protocol fact sheet.
 * Files are read in place, never copied into the project. The directory comes from the system property
 * {@code serenity.shared.dir} (set by surefire), else {@code ../../shared} or {@code ../shared} relative to the
 * working directory; tests that need it are skipped where it is absent.
 */
public final class SharedPayloads {

	/** The system property naming the shared directory. */
	public static final String PROPERTY = "serenity.shared.dir";

	private SharedPayloads() {
	}

	/**
	 * Return the shared directory, skipping the calling test when it is absent.
	 * @return the directory
	 */
	public static Path sharedDirectory() {
		Path found = find();
		assumeTrue(found != null, "No shared directory: set -D" + PROPERTY + " or check out ../shared");
		return found;
	}

	/**
	 * Return the {@code *.json} files directly inside a payload directory, sorted by name, skipping the calling test
	 * when the directory is absent.
	 * @param subdirectory the directory under {@code discord-payloads}, such as {@code "gateway"}
	 * @return the files
	 */
	public static List<Path> jsonFiles(String subdirectory) {
		Path directory = sharedDirectory().resolve("discord-payloads").resolve(subdirectory);
		assumeTrue(Files.isDirectory(directory), "No payload directory " + directory);
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".json"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Read a file's bytes.
	 * @param file the file
	 * @return its content
	 */
	public static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path find() {
		String property = System.getProperty(PROPERTY);
		if (property != null && !property.isBlank() && Files.isDirectory(Paths.get(property))) {
			return Paths.get(property).toAbsolutePath().normalize();
		}
		for (String candidate : new String[] { "../../shared", "../shared" }) {
			Path path = Paths.get(candidate).toAbsolutePath().normalize();
			if (Files.isDirectory(path.resolve("discord-payloads"))) {
				return path;
			}
		}
		return null;
	}

}
