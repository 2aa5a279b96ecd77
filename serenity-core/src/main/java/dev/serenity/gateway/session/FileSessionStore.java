package dev.serenity.gateway.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link SessionStore} that keeps one small JSON file per shard, {@code shard-<id>-of-<count>.json}, in a directory,
 * so that a restarted process can resume its shards:
 *
 * <pre>
 * {"session_id":"…","sequence":42,"resume_gateway_url":"wss://…","shard_id":0,"shard_count":2}
 * </pre>
 *
 * <ul>
 * <li>{@link #save} writes a temporary file in the same directory and moves it over the old one atomically (with
 * a plain replacing move on the rare file system that cannot move atomically), so a reader (or a crash) never sees
 * half a file. The directory is created on the first save. A crash between the two
 * steps can leave a {@code *.tmp} file behind, which is never read.</li>
 * <li>{@link #load} never throws for a bad file: a file that cannot be read, is not valid JSON, misses a field or
 * belongs to another shard is logged as a warning naming the file, and the shard identifies instead. The next save
 * replaces it.</li>
 * <li>{@link #save} and {@link #delete} throw {@link UncheckedIOException} when the file system fails.</li>
 * </ul>
 * The files are not synced to disk on every save: after a power failure the shard may find an older or unreadable
 * session, and then simply identifies.
 */
public final class FileSessionStore implements SessionStore {

	private static final Logger logger = LoggerFactory.getLogger(FileSessionStore.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SESSION_ID = "session_id";

	private static final String SEQUENCE = "sequence";

	private static final String RESUME_GATEWAY_URL = "resume_gateway_url";

	private static final String SHARD_ID = "shard_id";

	private static final String SHARD_COUNT = "shard_count";

	private final Path directory;

	/**
	 * Create a store that keeps its files in a directory, which is created on the first save.
	 * @param directory the directory
	 */
	public FileSessionStore(Path directory) {
		this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
	}

	/**
	 * Return the directory the files are kept in.
	 * @return the directory
	 */
	public Path directory() {
		return this.directory;
	}

	/**
	 * Write the session's file atomically, creating the directory if needed.
	 * @param session the session
	 * @throws UncheckedIOException if the directory or file cannot be written
	 */
	@Override
	public void save(Session session) {
		Objects.requireNonNull(session, "'session' must not be null");
		ShardKey key = ShardKey.of(session);
		Path file = fileOf(key);
		byte[] bytes = JSON.writeValueAsBytes(toJson(session));
		Path temporary = null;
		try {
			Files.createDirectories(this.directory);
			temporary = Files.createTempFile(this.directory, key.fileName() + ".", ".tmp");
			Files.write(temporary, bytes);
			moveReplacing(temporary, file);
		}
		catch (IOException ex) {
			deleteQuietly(temporary);
			throw new UncheckedIOException("Could not save the session of shard " + key.shardId() + " to " + file, ex);
		}
	}

	/**
	 * Read the shard's file.
	 * @return the session, or empty if there is no file or it cannot be used (logged as a warning)
	 */
	@Override
	public Optional<Session> load(int shardId, int shardCount) {
		ShardKey key = new ShardKey(shardId, shardCount);
		Path file = fileOf(key);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			warnUnusable(file, key, "it cannot be read (" + ex + ")");
			return Optional.empty();
		}
		try {
			Session session = fromJson(JSON.readTree(bytes));
			if (!ShardKey.of(session).equals(key)) {
				warnUnusable(file, key, "it holds the session of shard " + session.shardId() + " of "
						+ session.shardCount());
				return Optional.empty();
			}
			return Optional.of(session);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			warnUnusable(file, key, "it is not a valid session (" + ex.getMessage() + ")");
			return Optional.empty();
		}
	}

	/**
	 * Delete the shard's file, if there is one.
	 * @throws UncheckedIOException if the file exists but cannot be deleted
	 */
	@Override
	public void delete(int shardId, int shardCount) {
		ShardKey key = new ShardKey(shardId, shardCount);
		Path file = fileOf(key);
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the session of shard " + shardId + " at " + file, ex);
		}
	}

	private Path fileOf(ShardKey key) {
		return this.directory.resolve(key.fileName());
	}

	private static ObjectNode toJson(Session session) {
		ObjectNode node = JSON.createObjectNode();
		node.put(SESSION_ID, session.sessionId());
		node.put(SEQUENCE, session.sequence());
		node.put(RESUME_GATEWAY_URL, session.resumeGatewayUrl());
		node.put(SHARD_ID, session.shardId());
		node.put(SHARD_COUNT, session.shardCount());
		return node;
	}

	private static Session fromJson(JsonNode root) {
		if (!root.isObject()) {
			throw new IllegalArgumentException("the document is not a JSON object");
		}
		return new Session(string(root, SESSION_ID), integer(root, SEQUENCE, Long.MAX_VALUE),
				string(root, RESUME_GATEWAY_URL), (int) integer(root, SHARD_ID, Integer.MAX_VALUE),
				(int) integer(root, SHARD_COUNT, Integer.MAX_VALUE));
	}

	private static String string(JsonNode root, String name) {
		JsonNode node = root.get(name);
		if (node == null || !node.isString()) {
			throw new IllegalArgumentException("'" + name + "' is missing or not a string");
		}
		return node.stringValue();
	}

	private static long integer(JsonNode root, String name, long max) {
		JsonNode node = root.get(name);
		if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() > max
				|| node.longValue() < -max) {
			throw new IllegalArgumentException("'" + name + "' is missing or not an integer up to " + max);
		}
		return node.longValue();
	}

	private static void moveReplacing(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.debug("Could not delete temporary session file {}", file, ex);
		}
	}

	private static void warnUnusable(Path file, ShardKey key, String reason) {
		logger.warn("Ignoring session file {} because {}; shard {} will identify instead of resuming", file, reason,
				key.shardId());
	}

}
