package dev.serenity.simulator.world;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A guild in the simulated world. Its collections are concurrent: the control API and REST change them while the
 * gateway renders them.
 */
public final class SimGuild {

	private final long id;

	private volatile SimGuildSettings settings;

	private final long ownerId;

	private final Instant createdAt;

	private final Map<Long, SimRole> roles = new ConcurrentHashMap<>();

	private final List<Long> channelIds = new CopyOnWriteArrayList<>();

	private final Map<Long, SimMember> members = new ConcurrentHashMap<>();

	private final Map<Long, SimBan> bans = new ConcurrentHashMap<>();

	private final List<SimAuditLogEntry> auditLog = new CopyOnWriteArrayList<>();

	SimGuild(long id, String name, long ownerId, Instant createdAt) {
		this.id = id;
		this.settings = SimGuildSettings.of(name);
		this.ownerId = ownerId;
		this.createdAt = createdAt;
		this.roles.put(id, new SimRole(id, "@everyone", SimRole.DEFAULT_EVERYONE_PERMISSIONS, 0));
	}

	public long id() {
		return this.id;
	}

	public String name() {
		return this.settings.name();
	}

	/**
	 * Return the settings {@code PATCH /guilds/{guild_id}} changes.
	 * @return the current settings
	 */
	public SimGuildSettings settings() {
		return this.settings;
	}

	/**
	 * Replace the settings.
	 * @param settings the new settings
	 */
	public void settings(SimGuildSettings settings) {
		this.settings = settings;
	}

	/**
	 * Return the bans by user id.
	 * @return the bans, a concurrent map
	 */
	public Map<Long, SimBan> bans() {
		return this.bans;
	}

	/**
	 * Return the audit log, oldest first.
	 * @return the entries, a concurrent list
	 */
	public List<SimAuditLogEntry> auditLog() {
		return this.auditLog;
	}

	public long ownerId() {
		return this.ownerId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Map<Long, SimRole> roles() {
		return this.roles;
	}

	public List<Long> channelIds() {
		return this.channelIds;
	}

	public Map<Long, SimMember> members() {
		return this.members;
	}

}
