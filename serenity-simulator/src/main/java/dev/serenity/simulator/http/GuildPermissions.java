package dev.serenity.simulator.http;

import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimRole;

/**
 * The guild-level permission model of the guild, member, role and ban routes: a member's permissions are those of
 * {@code @everyone} and of its roles (the owner and {@code ADMINISTRATOR} have all), and the role hierarchy: the bot
 * acts only on roles below its highest role and on members whose highest role is below its own, never on the owner.
 * Failures are Discord's 403 50013 Missing Permissions. Channel overwrites are not modelled.
 */
final class GuildPermissions {

	static final long KICK_MEMBERS = 1L << 1;

	static final long BAN_MEMBERS = 1L << 2;

	static final long ADMINISTRATOR = 1L << 3;

	static final long MANAGE_GUILD = 1L << 5;

	static final long VIEW_AUDIT_LOG = 1L << 7;

	static final long MUTE_MEMBERS = 1L << 22;

	static final long DEAFEN_MEMBERS = 1L << 23;

	static final long MOVE_MEMBERS = 1L << 24;

	static final long CHANGE_NICKNAME = 1L << 26;

	static final long MANAGE_NICKNAMES = 1L << 27;

	static final long MANAGE_ROLES = 1L << 28;

	static final long MODERATE_MEMBERS = 1L << 40;

	private GuildPermissions() {
	}

	/** The permissions of a user in a guild: all for the owner and administrators. */
	static long of(SimGuild guild, long userId) {
		if (guild.ownerId() == userId) {
			return -1L;
		}
		SimRole everyone = guild.roles().get(guild.id());
		long permissions = (everyone != null) ? everyone.permissions() : 0;
		SimMember member = guild.members().get(userId);
		if (member != null) {
			for (Long roleId : member.roles()) {
				SimRole role = guild.roles().get(roleId);
				if (role != null) {
					permissions |= role.permissions();
				}
			}
		}
		return ((permissions & ADMINISTRATOR) != 0) ? -1L : permissions;
	}

	/** The position of a user's highest role: above every role for the owner, 0 without roles. */
	static int highest(SimGuild guild, long userId) {
		if (guild.ownerId() == userId) {
			return Integer.MAX_VALUE;
		}
		SimMember member = guild.members().get(userId);
		int highest = 0;
		if (member != null) {
			for (Long roleId : member.roles()) {
				SimRole role = guild.roles().get(roleId);
				if (role != null) {
					highest = Math.max(highest, role.position());
				}
			}
		}
		return highest;
	}

	/** Require every one of the permission bits. */
	static void require(SimGuild guild, long userId, long permissions) {
		if ((of(guild, userId) & permissions) != permissions) {
			throw missing();
		}
	}

	/** Require that the actor may act on a member: not the owner, and the member's highest role below the actor's. */
	static void requireAbove(SimGuild guild, long actorId, long targetId) {
		if (actorId == targetId) {
			return;
		}
		if (guild.ownerId() == targetId || highest(guild, targetId) >= highest(guild, actorId)) {
			throw missing();
		}
	}

	/** Require that the actor may manage a role: below the actor's highest role. */
	static void requireBelow(SimGuild guild, long actorId, SimRole role) {
		if (role.position() >= highest(guild, actorId)) {
			throw missing();
		}
	}

	/** Record what the bot did in the guild's audit log, with the request's reason. */
	static void audit(RestApi rest, HttpCall call, SimGuild guild, int actionType, long targetId) {
		rest.control().guilds().audit(guild.id(), actionType, targetId, rest.world().bot().id(),
				call.auditLogReason());
	}

	static HttpError missing() {
		return new HttpError(403, 50013, "Missing Permissions");
	}

}
