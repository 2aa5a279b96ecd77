package dev.serenity.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.serenity.simulator.gateway.Dispatch;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.world.SimAuditLogEntry;
import dev.serenity.simulator.world.SimBan;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimGuildSettings;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimRole;
import dev.serenity.simulator.world.UnknownEntityException;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * Control of guild settings, roles, members and bans ({@link SimulatorControl#guilds()}). Each change sends the
 * dispatch Discord sends for it: GUILD_UPDATE, GUILD_ROLE_CREATE/UPDATE/DELETE, GUILD_MEMBER_UPDATE,
 * GUILD_BAN_ADD/REMOVE (the gateway applies the intents each session asked for).
 */
public final class GuildControl {

	/** Audit log entries kept per guild. */
	public static final int MAX_AUDIT_LOG_ENTRIES = 1000;

	private final SimulatorControl control;

	private final World world;

	private final WorldJson json;

	private final Gateway gateway;

	GuildControl(SimulatorControl control, Gateway gateway) {
		this.control = control;
		this.world = control.world();
		this.json = new WorldJson(this.world);
		this.gateway = gateway;
	}

	/**
	 * Change a guild's settings; sends GUILD_UPDATE.
	 * @param guildId the guild
	 * @param change computes the new settings
	 * @return the guild
	 */
	public synchronized SimGuild updateGuild(long guildId, UnaryOperator<SimGuildSettings> change) {
		SimGuild guild = this.world.guild(guildId);
		guild.settings(change.apply(guild.settings()));
		this.gateway.dispatch(Dispatch.of("GUILD_UPDATE", guildId, this.json.guild(guild)));
		return guild;
	}

	/**
	 * Create a role above every other role (as a test scene's bot or moderator role); sends GUILD_ROLE_CREATE.
	 * @param guildId the guild
	 * @param name the name
	 * @param permissions the permission bits
	 * @return the role
	 */
	public synchronized SimRole createRole(long guildId, String name, long permissions) {
		SimGuild guild = this.world.guild(guildId);
		int top = guild.roles().values().stream().mapToInt(SimRole::position).max().orElse(0);
		return createRole(guildId, new SimRole(this.world.nextId(), name, permissions, top + 1));
	}

	/**
	 * Store a new role as given; sends GUILD_ROLE_CREATE.
	 * @param guildId the guild
	 * @param role the role, with a fresh id
	 * @return the role
	 */
	public synchronized SimRole createRole(long guildId, SimRole role) {
		SimGuild guild = this.world.guild(guildId);
		guild.roles().put(role.id(), role);
		this.gateway.dispatch(Dispatch.of("GUILD_ROLE_CREATE", guildId, roleEvent(guildId, role)));
		return role;
	}

	/**
	 * Replace a role; sends GUILD_ROLE_UPDATE.
	 * @param guildId the guild
	 * @param role the new state of the role
	 * @return the role
	 * @throws UnknownEntityException when the guild has no such role
	 */
	public synchronized SimRole updateRole(long guildId, SimRole role) {
		SimGuild guild = this.world.guild(guildId);
		if (guild.roles().replace(role.id(), role) == null) {
			throw new UnknownEntityException("role", role.id());
		}
		this.gateway.dispatch(Dispatch.of("GUILD_ROLE_UPDATE", guildId, roleEvent(guildId, role)));
		return role;
	}

	/**
	 * Delete a role and take it from every member; sends GUILD_ROLE_DELETE.
	 * @param guildId the guild
	 * @param roleId the role
	 * @throws UnknownEntityException when the guild has no such role
	 */
	public synchronized void deleteRole(long guildId, long roleId) {
		SimGuild guild = this.world.guild(guildId);
		if (roleId == guildId || guild.roles().remove(roleId) == null) {
			throw new UnknownEntityException("role", roleId);
		}
		guild.members().replaceAll((id, member) -> member.roles().contains(roleId)
				? member.withRoles(member.roles().stream().filter((role) -> role != roleId).toList()) : member);
		ObjectNode data = WorldJson.object();
		data.put("guild_id", WorldJson.id(guildId));
		data.put("role_id", WorldJson.id(roleId));
		this.gateway.dispatch(Dispatch.of("GUILD_ROLE_DELETE", guildId, data));
	}

	/**
	 * Change a member atomically; sends GUILD_MEMBER_UPDATE.
	 * @param guildId the guild
	 * @param userId the member
	 * @param change computes the new member
	 * @return the changed member
	 * @throws UnknownEntityException when the user is no member
	 */
	public SimMember updateMember(long guildId, long userId, UnaryOperator<SimMember> change) {
		SimGuild guild = this.world.guild(guildId);
		SimMember changed = guild.members().computeIfPresent(userId, (id, member) -> change.apply(member));
		if (changed == null) {
			throw new UnknownEntityException("member", userId);
		}
		ObjectNode data = this.json.member(changed, true);
		data.put("guild_id", WorldJson.id(guildId));
		this.gateway.dispatch(Dispatch.of("GUILD_MEMBER_UPDATE", guildId, data));
		return changed;
	}

	/**
	 * Give a member a role; sends GUILD_MEMBER_UPDATE (also when the member had the role).
	 * @param guildId the guild
	 * @param userId the member
	 * @param roleId the role
	 * @return the member
	 */
	public SimMember assignRole(long guildId, long userId, long roleId) {
		if (!this.world.guild(guildId).roles().containsKey(roleId)) {
			throw new UnknownEntityException("role", roleId);
		}
		return updateMember(guildId, userId, (member) -> {
			List<Long> roles = new ArrayList<>(member.roles());
			if (!roles.contains(roleId)) {
				roles.add(roleId);
			}
			return member.withRoles(roles);
		});
	}

	/**
	 * Ban a user: the member (if one) leaves with GUILD_MEMBER_REMOVE, the user's recent messages in the guild are
	 * deleted (MESSAGE_DELETE_BULK per channel), then GUILD_BAN_ADD. Banning a banned user changes nothing.
	 * @param guildId the guild
	 * @param userId the user
	 * @param reason the reason, or {@code null}
	 * @param deleteMessages how far back to delete the user's messages ({@link Duration#ZERO} for none)
	 * @return whether the user was not banned before
	 */
	public boolean ban(long guildId, long userId, String reason, Duration deleteMessages) {
		SimGuild guild = this.world.guild(guildId);
		this.world.user(userId);
		if (guild.bans().putIfAbsent(userId, new SimBan(userId, reason)) != null) {
			return false;
		}
		this.control.removeMember(guildId, userId);
		if (!deleteMessages.isZero()) {
			Instant since = this.world.now().minus(deleteMessages);
			for (SimChannel channel : this.world.channelsOf(guild)) {
				List<Long> ids = this.world.channelMessages(channel.id())
					.stream()
					.filter((message) -> message.authorId() == userId && !message.timestamp().isBefore(since))
					.map(SimMessage::id)
					.toList();
				if (!ids.isEmpty()) {
					this.control.deleteMessages(channel.id(), ids);
				}
			}
		}
		this.gateway.dispatch(Dispatch.of("GUILD_BAN_ADD", guildId, userEvent(guildId, userId)));
		return true;
	}

	/**
	 * Lift a ban; sends GUILD_BAN_REMOVE.
	 * @param guildId the guild
	 * @param userId the user
	 * @return the lifted ban, empty when the user was not banned
	 */
	public Optional<SimBan> unban(long guildId, long userId) {
		SimBan ban = this.world.guild(guildId).bans().remove(userId);
		if (ban != null) {
			this.gateway.dispatch(Dispatch.of("GUILD_BAN_REMOVE", guildId, userEvent(guildId, userId)));
		}
		return Optional.ofNullable(ban);
	}

	/**
	 * Add an audit log entry; sends GUILD_AUDIT_LOG_ENTRY_CREATE. The oldest entries are forgotten beyond
	 * {@value #MAX_AUDIT_LOG_ENTRIES}.
	 * @param guildId the guild
	 * @param actionType the audit log event type, e.g. {@link SimAuditLogEntry#MEMBER_KICK}
	 * @param targetId the affected entity, or 0
	 * @param userId who made the change
	 * @param reason the reason, or {@code null}
	 * @return the entry
	 */
	public synchronized SimAuditLogEntry audit(long guildId, int actionType, long targetId, long userId, String reason) {
		SimGuild guild = this.world.guild(guildId);
		SimAuditLogEntry entry = new SimAuditLogEntry(this.world.nextId(), actionType, targetId, userId, reason);
		guild.auditLog().add(entry);
		while (guild.auditLog().size() > MAX_AUDIT_LOG_ENTRIES) {
			guild.auditLog().remove(0);
		}
		ObjectNode data = auditLogEntry(entry);
		data.put("guild_id", WorldJson.id(guildId));
		this.gateway.dispatch(Dispatch.of("GUILD_AUDIT_LOG_ENTRY_CREATE", guildId, data));
		return entry;
	}

	/**
	 * Render an audit log entry as Discord does.
	 * @param entry the entry
	 * @return the JSON
	 */
	public static ObjectNode auditLogEntry(SimAuditLogEntry entry) {
		ObjectNode json = WorldJson.object();
		json.put("id", WorldJson.id(entry.id()));
		json.put("action_type", entry.actionType());
		json.put("target_id", (entry.targetId() != 0) ? WorldJson.id(entry.targetId()) : null);
		json.put("user_id", WorldJson.id(entry.userId()));
		json.putArray("changes");
		if (entry.reason() != null) {
			json.put("reason", entry.reason());
		}
		return json;
	}

	private ObjectNode roleEvent(long guildId, SimRole role) {
		ObjectNode data = WorldJson.object();
		data.put("guild_id", WorldJson.id(guildId));
		data.set("role", this.json.role(role));
		return data;
	}

	private ObjectNode userEvent(long guildId, long userId) {
		ObjectNode data = WorldJson.object();
		data.put("guild_id", WorldJson.id(guildId));
		data.set("user", this.json.user(this.world.user(userId)));
		return data;
	}

}
