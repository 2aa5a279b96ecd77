package dev.serenity.simulator.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.serenity.simulator.GuildControl;
import dev.serenity.simulator.world.SimAuditLogEntry;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimRole;
import dev.serenity.simulator.world.SimUser;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The member routes: get, list, search, modify (nick, roles, mute, deaf, voice channel, timeout), modify the current
 * member, add and remove a role, and kick, with Discord's permission and hierarchy checks. Changes go through
 * {@link GuildControl} and {@link dev.serenity.simulator.SimulatorControl#removeMember}, which send
 * GUILD_MEMBER_UPDATE and GUILD_MEMBER_REMOVE.
 */
final class MemberRoutes {

	/** Most characters of a nickname. */
	static final int MAX_NICK_LENGTH = 32;

	/** Longest timeout. */
	static final Duration MAX_TIMEOUT = Duration.ofDays(28);

	/** Most members one page lists. */
	static final int MAX_LIMIT = 1000;

	private static final String MEMBER = "/guilds/{guild_id}/members/{user_id}";

	private final RestApi rest;

	MemberRoutes(RestApi rest) {
		this.rest = rest;
	}

	void register(Router router) {
		router.route("GET", "/guilds/{guild_id}/members", this::list)
			.route("GET", "/guilds/{guild_id}/members/search", this::search)
			.route("GET", MEMBER, (call) -> member(this.rest.member(call, this.rest.guild(call))))
			.route("PATCH", MEMBER, this::modify)
			.route("PATCH", "/guilds/{guild_id}/members/@me", this::modifyCurrent)
			.route("DELETE", MEMBER, this::kick)
			.route("PUT", MEMBER + "/roles/{role_id}", (call) -> changeRole(call, true))
			.route("DELETE", MEMBER + "/roles/{role_id}", (call) -> changeRole(call, false));
	}

	private GuildControl guilds() {
		return this.rest.control().guilds();
	}

	private long bot() {
		return this.rest.world().bot().id();
	}

	private JsonNode member(SimMember member) {
		return this.rest.json().member(member, true);
	}

	private JsonNode list(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		int limit = MessageRoutes.intParam(call, "limit", 1, 1, MAX_LIMIT);
		Long after = MessageRoutes.snowflakeParam(call, "after");
		ArrayNode members = WorldJson.array();
		guild.members()
			.values()
			.stream()
			.filter((member) -> after == null || Long.compareUnsigned(member.userId(), after) > 0)
			.sorted(Comparator.comparingLong(SimMember::userId))
			.limit(limit)
			.forEach((member) -> members.add(member(member)));
		return members;
	}

	private JsonNode search(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		String query = call.queryParam("query");
		if (query == null) {
			throw HttpError.invalidField("query", "BASE_TYPE_REQUIRED", "This field is required");
		}
		int limit = MessageRoutes.intParam(call, "limit", 1, 1, MAX_LIMIT);
		String prefix = query.toLowerCase(Locale.ROOT);
		ArrayNode members = WorldJson.array();
		guild.members()
			.values()
			.stream()
			.filter((member) -> matches(member, prefix))
			.sorted(Comparator.comparingLong(SimMember::userId))
			.limit(limit)
			.forEach((member) -> members.add(member(member)));
		return members;
	}

	private boolean matches(SimMember member, String prefix) {
		SimUser user = this.rest.world().user(member.userId());
		for (String name : new String[] { member.nick(), user.username(), user.globalName() }) {
			if (name != null && name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private JsonNode modify(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		SimMember member = this.rest.member(call, guild);
		JsonNode body = GuildPayloads.object(call);
		long bot = bot();
		boolean self = member.userId() == bot;
		String nick = member.nick();
		if (body.has("nick")) {
			GuildPermissions.require(guild, bot, self ? GuildPermissions.CHANGE_NICKNAME
					: GuildPermissions.MANAGE_NICKNAMES);
			GuildPermissions.requireAbove(guild, bot, member.userId());
			nick = emptyToNull(GuildPayloads.string(body, "nick", 0, MAX_NICK_LENGTH));
		}
		List<Long> roles = member.roles();
		if (body.has("roles")) {
			roles = roles(guild, body.get("roles"), member.roles());
		}
		boolean mute = member.mute();
		if (body.hasNonNull("mute")) {
			GuildPermissions.require(guild, bot, GuildPermissions.MUTE_MEMBERS);
			mute = GuildPayloads.bool(body, "mute");
		}
		boolean deaf = member.deaf();
		if (body.hasNonNull("deaf")) {
			GuildPermissions.require(guild, bot, GuildPermissions.DEAFEN_MEMBERS);
			deaf = GuildPayloads.bool(body, "deaf");
		}
		if (body.has("channel_id")) {
			GuildPermissions.require(guild, bot, GuildPermissions.MOVE_MEMBERS);
			if (body.hasNonNull("channel_id")) {
				throw new HttpError(400, 40032, "Target user is not connected to voice.");
			}
		}
		Instant timeout = member.communicationDisabledUntil();
		if (body.has("communication_disabled_until")) {
			timeout = timeout(guild, member, body);
		}
		SimMember changed = new SimMember(member.guildId(), member.userId(), nick, roles, member.joinedAt(), deaf,
				mute, timeout);
		SimMember updated = guilds().updateMember(guild.id(), member.userId(), (current) -> changed);
		if (body.has("roles")) {
			GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.MEMBER_ROLE_UPDATE, member.userId());
		}
		if (body.has("nick") || body.has("mute") || body.has("deaf") || body.has("channel_id")
				|| body.has("communication_disabled_until")) {
			GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.MEMBER_UPDATE, member.userId());
		}
		return member(updated);
	}

	private Instant timeout(SimGuild guild, SimMember member, JsonNode body) {
		long bot = bot();
		GuildPermissions.require(guild, bot, GuildPermissions.MODERATE_MEMBERS);
		if (member.userId() == bot || (GuildPermissions.of(guild, member.userId()) & GuildPermissions.ADMINISTRATOR)
				!= 0) {
			throw GuildPermissions.missing();
		}
		GuildPermissions.requireAbove(guild, bot, member.userId());
		Instant until = GuildPayloads.timestamp(body, "communication_disabled_until");
		if (until != null && until.isAfter(this.rest.world().now().plus(MAX_TIMEOUT))) {
			throw HttpError.invalidField("communication_disabled_until", "BASE_TYPE_BAD_LENGTH",
					"Timeouts may last at most 28 days.");
		}
		return until;
	}

	private List<Long> roles(SimGuild guild, JsonNode given, List<Long> current) {
		long bot = bot();
		GuildPermissions.require(guild, bot, GuildPermissions.MANAGE_ROLES);
		if (given == null || given.isNull()) {
			given = WorldJson.array();
		}
		if (!given.isArray()) {
			throw HttpError.invalidField("roles", "BASE_TYPE_ARRAY", "Must be an array.");
		}
		Set<Long> wanted = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			long id = GuildPayloads.snowflake(given.get(i), "roles." + i);
			if (!guild.roles().containsKey(id) || id == guild.id()) {
				throw HttpError.invalidField("roles." + i, "UNKNOWN_ROLE", "Unknown role " + WorldJson.id(id) + ".");
			}
			wanted.add(id);
		}
		Set<Long> changed = new LinkedHashSet<>(wanted);
		changed.addAll(current);
		for (Long id : changed) {
			if (wanted.contains(id) != current.contains(id)) {
				SimRole role = guild.roles().get(id);
				if (role != null) {
					GuildPermissions.requireBelow(guild, bot, role);
				}
			}
		}
		return new ArrayList<>(wanted);
	}

	private JsonNode modifyCurrent(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		long bot = bot();
		JsonNode body = GuildPayloads.object(call);
		SimMember member = guild.members().get(bot);
		if (member == null) {
			throw new HttpError(404, 10004, "Unknown Guild");
		}
		if (!body.has("nick")) {
			return member(member);
		}
		GuildPermissions.require(guild, bot, GuildPermissions.CHANGE_NICKNAME);
		String nick = emptyToNull(GuildPayloads.string(body, "nick", 0, MAX_NICK_LENGTH));
		SimMember updated = guilds().updateMember(guild.id(), bot, (current) -> current.withNick(nick));
		GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.MEMBER_UPDATE, bot);
		return member(updated);
	}

	private JsonNode changeRole(HttpCall call, boolean add) {
		SimGuild guild = this.rest.guild(call);
		SimMember member = this.rest.member(call, guild);
		SimRole role = guild.roles().get(call.id("role_id"));
		if (role == null) {
			throw new HttpError(404, 10011, "Unknown Role");
		}
		long bot = bot();
		GuildPermissions.require(guild, bot, GuildPermissions.MANAGE_ROLES);
		if (role.managed() || role.id() == guild.id()) {
			throw GuildPermissions.missing();
		}
		GuildPermissions.requireBelow(guild, bot, role);
		guilds().updateMember(guild.id(), member.userId(), (current) -> {
			List<Long> roles = new ArrayList<>(current.roles());
			roles.remove(role.id());
			if (add) {
				roles.add(role.id());
			}
			return current.withRoles(roles);
		});
		GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.MEMBER_ROLE_UPDATE, member.userId());
		return null;
	}

	private JsonNode kick(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		SimMember member = this.rest.member(call, guild);
		long bot = bot();
		GuildPermissions.require(guild, bot, GuildPermissions.KICK_MEMBERS);
		if (member.userId() == bot) {
			throw GuildPermissions.missing();
		}
		GuildPermissions.requireAbove(guild, bot, member.userId());
		this.rest.control().removeMember(guild.id(), member.userId());
		GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.MEMBER_KICK, member.userId());
		return null;
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
