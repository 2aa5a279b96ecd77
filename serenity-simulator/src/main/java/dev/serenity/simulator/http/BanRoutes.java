package dev.serenity.simulator.http;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.serenity.simulator.world.SimAuditLogEntry;
import dev.serenity.simulator.world.SimBan;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ban routes: list, get, create, remove and bulk ban, with Discord's checks (Ban Members, Manage Guild for bulk
 * bans, the role hierarchy, {@code delete_message_seconds} up to 7 days, 200 users per bulk ban). Changes go through
 * {@link dev.serenity.simulator.GuildControl}, which sends GUILD_MEMBER_REMOVE, GUILD_BAN_ADD and GUILD_BAN_REMOVE.
 */
final class BanRoutes {

	/** Longest span {@code delete_message_seconds} may cover: 7 days. */
	static final int MAX_DELETE_MESSAGE_SECONDS = 604_800;

	/** Most users one bulk ban takes. */
	static final int MAX_BULK_BAN = 200;

	/** Most bans one page lists. */
	static final int MAX_LIMIT = 1000;

	private static final String BAN = "/guilds/{guild_id}/bans/{user_id}";

	private final RestApi rest;

	BanRoutes(RestApi rest) {
		this.rest = rest;
	}

	void register(Router router) {
		router.route("GET", "/guilds/{guild_id}/bans", this::list)
			.route("GET", BAN, this::get)
			.route("PUT", BAN, this::create)
			.route("DELETE", BAN, this::remove)
			.route("POST", "/guilds/{guild_id}/bulk-ban", this::bulk);
	}

	private long bot() {
		return this.rest.world().bot().id();
	}

	private ObjectNode ban(SimBan ban) {
		ObjectNode json = WorldJson.object();
		json.put("reason", ban.reason());
		json.set("user", this.rest.json().user(this.rest.world().user(ban.userId())));
		return json;
	}

	private JsonNode list(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		GuildPermissions.require(guild, bot(), GuildPermissions.BAN_MEMBERS);
		int limit = MessageRoutes.intParam(call, "limit", MAX_LIMIT, 1, MAX_LIMIT);
		Long before = MessageRoutes.snowflakeParam(call, "before");
		Long after = MessageRoutes.snowflakeParam(call, "after");
		List<SimBan> bans = guild.bans()
			.values()
			.stream()
			.filter((ban) -> before == null || Long.compareUnsigned(ban.userId(), before) < 0)
			.filter((ban) -> after == null || Long.compareUnsigned(ban.userId(), after) > 0)
			.sorted(Comparator.comparingLong(SimBan::userId))
			.toList();
		if (before != null && after == null && bans.size() > limit) {
			bans = bans.subList(bans.size() - limit, bans.size());
		}
		ArrayNode json = WorldJson.array();
		bans.stream().limit(limit).forEach((ban) -> json.add(ban(ban)));
		return json;
	}

	private JsonNode get(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		GuildPermissions.require(guild, bot(), GuildPermissions.BAN_MEMBERS);
		SimBan ban = guild.bans().get(call.id("user_id"));
		if (ban == null) {
			throw new HttpError(404, 10026, "Unknown Ban");
		}
		return ban(ban);
	}

	private JsonNode create(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		long userId = this.rest.user(call).id();
		JsonNode body = GuildPayloads.object(call);
		int seconds = deleteSeconds(body);
		GuildPermissions.require(guild, bot(), GuildPermissions.BAN_MEMBERS);
		if (userId == bot()) {
			throw GuildPermissions.missing();
		}
		GuildPermissions.requireAbove(guild, bot(), userId);
		if (this.rest.control().guilds().ban(guild.id(), userId, call.auditLogReason(),
				Duration.ofSeconds(seconds))) {
			GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.MEMBER_BAN_ADD, userId);
		}
		return null;
	}

	private static int deleteSeconds(JsonNode body) {
		if (body.hasNonNull("delete_message_seconds")) {
			return GuildPayloads.integer(body, "delete_message_seconds", 0, MAX_DELETE_MESSAGE_SECONDS);
		}
		if (body.hasNonNull("delete_message_days")) {
			return GuildPayloads.integer(body, "delete_message_days", 0, 7) * 86_400;
		}
		return 0;
	}

	private JsonNode remove(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		GuildPermissions.require(guild, bot(), GuildPermissions.BAN_MEMBERS);
		if (this.rest.control().guilds().unban(guild.id(), call.id("user_id")).isEmpty()) {
			throw new HttpError(404, 10026, "Unknown Ban");
		}
		GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.MEMBER_BAN_REMOVE, call.id("user_id"));
		return null;
	}

	private JsonNode bulk(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		JsonNode body = GuildPayloads.object(call);
		JsonNode ids = body.get("user_ids");
		if (ids == null || !ids.isArray()) {
			throw HttpError.invalidField("user_ids", "BASE_TYPE_REQUIRED", "This field is required");
		}
		if (ids.isEmpty() || ids.size() > MAX_BULK_BAN) {
			throw HttpError.invalidField("user_ids", "BASE_TYPE_BAD_LENGTH",
					"Must be between 1 and " + MAX_BULK_BAN + " in length.");
		}
		Set<Long> users = new LinkedHashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			users.add(GuildPayloads.snowflake(ids.get(i), "user_ids." + i));
		}
		int seconds = deleteSeconds(body);
		long bot = bot();
		GuildPermissions.require(guild, bot, GuildPermissions.BAN_MEMBERS | GuildPermissions.MANAGE_GUILD);
		ObjectNode result = WorldJson.object();
		ArrayNode banned = result.putArray("banned_users");
		ArrayNode failed = result.putArray("failed_users");
		for (long userId : users) {
			if (bannable(guild, userId) && this.rest.control()
				.guilds()
				.ban(guild.id(), userId, call.auditLogReason(), Duration.ofSeconds(seconds))) {
				banned.add(WorldJson.id(userId));
				GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.MEMBER_BAN_ADD, userId);
			}
			else {
				failed.add(WorldJson.id(userId));
			}
		}
		if (banned.isEmpty()) {
			throw new HttpError(400, 500000, "Failed to ban users");
		}
		return result;
	}

	private boolean bannable(SimGuild guild, long userId) {
		if (userId == bot() || this.rest.world().findUser(userId).isEmpty()) {
			return false;
		}
		try {
			GuildPermissions.requireAbove(guild, bot(), userId);
			return true;
		}
		catch (HttpError ex) {
			return false;
		}
	}

}
