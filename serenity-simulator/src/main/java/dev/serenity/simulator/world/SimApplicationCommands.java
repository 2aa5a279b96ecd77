package dev.serenity.simulator.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The application commands of the simulated application, global (scope 0) and per guild (scope = the guild's id),
 * held as Discord's JSON, and their guild permissions. Thread-safe; commands are returned as copies.
 */
public final class SimApplicationCommands {

	/** The scope of global commands. */
	public static final long GLOBAL = 0;

	private final Map<Long, Map<Long, ObjectNode>> commands = new HashMap<>();

	private final Map<Long, Map<Long, ObjectNode>> permissions = new HashMap<>();

	/**
	 * Return the commands of a scope, in the order they were created.
	 * @param scope {@link #GLOBAL} or a guild's id
	 * @return copies of the commands
	 */
	public synchronized List<ObjectNode> list(long scope) {
		List<ObjectNode> list = new ArrayList<>();
		this.commands.getOrDefault(scope, Map.of()).values().forEach((command) -> list.add(command.deepCopy()));
		return list;
	}

	/**
	 * Find a command of a scope.
	 * @param scope {@link #GLOBAL} or a guild's id
	 * @param id the command
	 * @return a copy of the command
	 */
	public synchronized Optional<ObjectNode> find(long scope, long id) {
		ObjectNode command = this.commands.getOrDefault(scope, Map.of()).get(id);
		return Optional.ofNullable((command != null) ? command.deepCopy() : null);
	}

	/**
	 * Find a command by any scope.
	 * @param id the command
	 * @return a copy of the command
	 */
	public synchronized Optional<ObjectNode> find(long id) {
		for (Map<Long, ObjectNode> scope : this.commands.values()) {
			if (scope.containsKey(id)) {
				return Optional.of(scope.get(id).deepCopy());
			}
		}
		return Optional.empty();
	}

	/**
	 * Store a command (new or replacing the one of the same id).
	 * @param scope {@link #GLOBAL} or a guild's id
	 * @param id the command's id
	 * @param command the command's JSON
	 */
	public synchronized void put(long scope, long id, ObjectNode command) {
		this.commands.computeIfAbsent(scope, (key) -> new LinkedHashMap<>()).put(id, command.deepCopy());
	}

	/**
	 * Delete a command.
	 * @param scope {@link #GLOBAL} or a guild's id
	 * @param id the command
	 * @return whether it existed
	 */
	public synchronized boolean remove(long scope, long id) {
		boolean removed = this.commands.getOrDefault(scope, new HashMap<>()).remove(id) != null;
		this.permissions.values().forEach((guild) -> guild.remove(id));
		return removed;
	}

	/**
	 * Replace all commands of a scope.
	 * @param scope {@link #GLOBAL} or a guild's id
	 * @param replacement the commands by id, in order
	 */
	public synchronized void replace(long scope, Map<Long, ObjectNode> replacement) {
		Map<Long, ObjectNode> next = new LinkedHashMap<>();
		replacement.forEach((id, command) -> next.put(id, command.deepCopy()));
		Map<Long, ObjectNode> previous = this.commands.put(scope, next);
		if (previous != null) {
			previous.keySet().stream().filter((id) -> !next.containsKey(id)).forEach((id) -> {
				this.permissions.values().forEach((guild) -> guild.remove(id));
			});
		}
	}

	/**
	 * Set the permissions of a command (or, with the application's id, of all commands) in a guild.
	 * @param guildId the guild
	 * @param id the command, or the application's id
	 * @param entry the guild application command permissions JSON
	 */
	public synchronized void putPermissions(long guildId, long id, ObjectNode entry) {
		this.permissions.computeIfAbsent(guildId, (key) -> new LinkedHashMap<>()).put(id, entry.deepCopy());
	}

	/**
	 * Return the permissions set in a guild.
	 * @param guildId the guild
	 * @return copies, one per command (or the application) that has any
	 */
	public synchronized List<ObjectNode> permissions(long guildId) {
		List<ObjectNode> list = new ArrayList<>();
		this.permissions.getOrDefault(guildId, Map.of()).values().forEach((entry) -> list.add(entry.deepCopy()));
		return list;
	}

	/**
	 * Return the permissions of one command in a guild.
	 * @param guildId the guild
	 * @param id the command
	 * @return a copy, if any are set
	 */
	public synchronized Optional<ObjectNode> permissions(long guildId, long id) {
		ObjectNode entry = this.permissions.getOrDefault(guildId, Map.of()).get(id);
		return Optional.ofNullable((entry != null) ? entry.deepCopy() : null);
	}

}
