package dev.serenity.simulator.http;

import java.util.List;

import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimRole;
import dev.serenity.simulator.world.SimUser;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The user routes: the current user (read and modify, USER_UPDATE follows), other users, the bot's guilds (list
 * with paging, its member, leave: GUILD_MEMBER_REMOVE and GUILD_DELETE follow) and DM channels (no CHANNEL_CREATE:
 * bots do not receive it for DMs).
 */
final class UserRoutes {

	/** Default and most guilds of one {@code GET /users/@me/guilds} page. */
	static final int MAX_GUILDS_PAGE = 200;

	/** Shortest username. */
	static final int MIN_USERNAME_LENGTH = 2;

	/** Longest username. */
	static final int MAX_USERNAME_LENGTH = 32;

	/** Administrator permission. */
	static final long ADMINISTRATOR = 1L << 3;

	/** Every permission bit Discord defines (up to bit 50), granted to owners and administrators. */
	static final long ALL_PERMISSIONS = (1L << 51) - 1;

	private final RestApi rest;

	private final World world;

	UserRoutes(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
	}

	void register(Router router) {
		router.route("GET", "/users/@me", (call) -> this.rest.json().user(this.world.bot()))
			.route("PATCH", "/users/@me", this::modifyCurrentUser)
			.route("GET", "/users/{user_id}", (call) -> this.rest.json().user(this.rest.user(call)))
			.route("GET", "/users/@me/guilds", this::guilds)
			.route("GET", "/users/@me/guilds/{guild_id}/member", this::member)
			.route("DELETE", "/users/@me/guilds/{guild_id}", this::leave)
			.route("POST", "/users/@me/channels", this::createDm);
	}

	private JsonNode modifyCurrentUser(HttpCall call) {
		JsonNode body = call.requireJson();
		SimUser bot = this.world.bot();
		String username = bot.username();
		if (body.has("username")) {
			JsonNode given = body.get("username");
			if (given.isNull()) {
				throw HttpError.invalidField("username", "BASE_TYPE_REQUIRED", "This field is required");
			}
			username = given.asString().strip();
			int length = username.codePointCount(0, username.length());
			if (length < MIN_USERNAME_LENGTH || length > MAX_USERNAME_LENGTH) {
				throw HttpError.invalidField("username", "BASE_TYPE_BAD_LENGTH",
						"Must be between " + MIN_USERNAME_LENGTH + " and " + MAX_USERNAME_LENGTH + " in length.");
			}
		}
		String avatar = body.has("avatar") ? ImagePayloads.hash(body.get("avatar"), "avatar") : bot.avatar();
		String banner = body.has("banner") ? ImagePayloads.hash(body.get("banner"), "banner") : bot.banner();
		String newName = username;
		SimUser updated = this.rest.control()
			.accounts()
			.updateUser(bot.id(), (user) -> user.withProfile(newName, avatar, banner));
		return this.rest.json().user(updated);
	}

	private JsonNode guilds(HttpCall call) {
		int limit = MessageRoutes.intParam(call, "limit", MAX_GUILDS_PAGE, 1, MAX_GUILDS_PAGE);
		Long before = MessageRoutes.snowflakeParam(call, "before");
		Long after = MessageRoutes.snowflakeParam(call, "after");
		boolean withCounts = "true".equalsIgnoreCase(call.queryParam("with_counts"));
		long botId = this.world.bot().id();
		List<SimGuild> mine = this.world.guilds()
			.stream()
			.filter((guild) -> guild.members().containsKey(botId))
			.filter((guild) -> before == null || Long.compareUnsigned(guild.id(), before) < 0)
			.filter((guild) -> after == null || Long.compareUnsigned(guild.id(), after) > 0)
			.toList();
		List<SimGuild> page = (before != null && after == null)
				? mine.subList(Math.max(0, mine.size() - limit), mine.size())
				: mine.subList(0, Math.min(limit, mine.size()));
		ArrayNode result = WorldJson.array();
		for (SimGuild guild : page) {
			ObjectNode json = result.addObject();
			json.put("id", WorldJson.id(guild.id()));
			json.put("name", guild.name());
			json.putNull("icon");
			json.putNull("banner");
			json.put("owner", guild.ownerId() == botId);
			json.put("permissions", Long.toString(permissions(guild, botId)));
			json.putArray("features");
			if (withCounts) {
				json.put("approximate_member_count", guild.members().size());
				json.put("approximate_presence_count", 0);
			}
		}
		return result;
	}

	/**
	 * Return a member's guild-wide permissions: owners and administrators have all.
	 */
	static long permissions(SimGuild guild, long userId) {
		if (guild.ownerId() == userId) {
			return ALL_PERMISSIONS;
		}
		SimRole everyone = guild.roles().get(guild.id());
		long permissions = (everyone != null) ? everyone.permissions() : 0;
		SimMember member = guild.members().get(userId);
		if (member != null) {
			for (long roleId : member.roles()) {
				SimRole role = guild.roles().get(roleId);
				if (role != null) {
					permissions |= role.permissions();
				}
			}
		}
		return ((permissions & ADMINISTRATOR) != 0) ? ALL_PERMISSIONS : permissions;
	}

	private SimGuild myGuild(HttpCall call) {
		SimGuild guild = this.world.findGuild(call.id("guild_id")).orElse(null);
		if (guild == null || !guild.members().containsKey(this.world.bot().id())) {
			throw new HttpError(404, 10004, "Unknown Guild");
		}
		return guild;
	}

	private JsonNode member(HttpCall call) {
		SimGuild guild = myGuild(call);
		return this.rest.json().member(guild.members().get(this.world.bot().id()), true);
	}

	private JsonNode leave(HttpCall call) {
		SimGuild guild = myGuild(call);
		this.rest.control().accounts().leaveGuild(guild.id());
		return null;
	}

	private JsonNode createDm(HttpCall call) {
		JsonNode recipient = call.requireJson().get("recipient_id");
		if (recipient == null || recipient.isNull()) {
			throw HttpError.invalidField("recipient_id", "BASE_TYPE_REQUIRED", "This field is required");
		}
		String text = recipient.asString();
		if (!text.matches("\\d{1,20}")) {
			throw HttpError.invalidField("recipient_id", "NUMBER_TYPE_COERCE",
					"Value \"" + text + "\" is not snowflake.");
		}
		long userId = Long.parseUnsignedLong(text);
		if (this.world.findUser(userId).isEmpty()) {
			throw new HttpError(404, 10013, "Unknown User");
		}
		SimChannel channel = this.world.dmChannel(userId);
		return this.rest.json().channel(channel);
	}

}
