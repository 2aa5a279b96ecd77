package dev.serenity.simulator.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.serenity.simulator.GuildControl;
import dev.serenity.simulator.world.SimAuditLogEntry;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimGuildSettings;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The guild family's routes: this class serves get (with {@code with_counts}), preview and modify, and registers
 * {@link MemberRoutes}, {@link RoleRoutes} and {@link BanRoutes}; every change of the family is written to the guild's
 * audit log ({@code GET /guilds/{guild_id}/audit-logs}). The guild routes: get (with {@code with_counts}), preview and modify. Modify needs Manage Guild, checks each field
 * as Discord does, and goes through {@link dev.serenity.simulator.GuildControl}, which sends GUILD_UPDATE.
 */
final class GuildRoutes {

	/** Fewest characters of a guild name. */
	static final int MIN_NAME_LENGTH = 2;

	/** Most characters of a guild name. */
	static final int MAX_NAME_LENGTH = 100;

	/** Most characters of a guild description. */
	static final int MAX_DESCRIPTION_LENGTH = 120;

	/** The AFK timeouts Discord accepts, in seconds. */
	static final Set<Integer> AFK_TIMEOUTS = Set.of(60, 300, 900, 1800, 3600);

	/** Most audit log entries one page lists. */
	static final int MAX_AUDIT_LOG_LIMIT = 100;

	private final RestApi rest;

	GuildRoutes(RestApi rest) {
		this.rest = rest;
	}

	void register(Router router) {
		router.route("GET", "/guilds/{guild_id}", this::get)
			.route("GET", "/guilds/{guild_id}/preview", this::preview)
			.route("PATCH", "/guilds/{guild_id}", this::modify)
			.route("GET", "/guilds/{guild_id}/audit-logs", this::auditLog);
		new MemberRoutes(this.rest).register(router);
		new RoleRoutes(this.rest).register(router);
		new BanRoutes(this.rest).register(router);
	}

	private JsonNode get(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		ObjectNode json = this.rest.json().guild(guild);
		if ("true".equalsIgnoreCase(call.queryParam("with_counts"))) {
			json.put("approximate_member_count", guild.members().size());
			json.put("approximate_presence_count", 0);
		}
		return json;
	}

	private JsonNode preview(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		ObjectNode full = this.rest.json().guild(guild);
		ObjectNode json = WorldJson.object();
		for (String field : new String[] { "id", "name", "icon", "splash", "discovery_splash", "emojis", "features" }) {
			json.set(field, full.get(field));
		}
		json.put("approximate_member_count", guild.members().size());
		json.put("approximate_presence_count", 0);
		json.set("description", full.get("description"));
		json.set("stickers", full.get("stickers"));
		return json;
	}

	private JsonNode modify(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		JsonNode body = GuildPayloads.object(call);
		GuildPermissions.require(guild, this.rest.world().bot().id(), GuildPermissions.MANAGE_GUILD);
		SimGuildSettings old = guild.settings();
		String name = old.name();
		if (body.has("name")) {
			name = GuildPayloads.string(body, "name", MIN_NAME_LENGTH, MAX_NAME_LENGTH);
			if (name == null) {
				throw HttpError.invalidField("name", "BASE_TYPE_REQUIRED", "This field is required");
			}
		}
		String description = body.has("description")
				? GuildPayloads.string(body, "description", 0, MAX_DESCRIPTION_LENGTH) : old.description();
		int verification = body.hasNonNull("verification_level")
				? GuildPayloads.integer(body, "verification_level", 0, 4) : old.verificationLevel();
		int notifications = body.hasNonNull("default_message_notifications")
				? GuildPayloads.integer(body, "default_message_notifications", 0, 1)
				: old.defaultMessageNotifications();
		int filter = body.hasNonNull("explicit_content_filter")
				? GuildPayloads.integer(body, "explicit_content_filter", 0, 2) : old.explicitContentFilter();
		int afkTimeout = old.afkTimeout();
		if (body.hasNonNull("afk_timeout")) {
			afkTimeout = GuildPayloads.integer(body, "afk_timeout", 60, 3600);
			if (!AFK_TIMEOUTS.contains(afkTimeout)) {
				throw HttpError.invalidField("afk_timeout", "BASE_TYPE_CHOICES",
						"Value must be one of (60, 300, 900, 1800, 3600).");
			}
		}
		long afkChannel = body.has("afk_channel_id")
				? channel(guild, body.get("afk_channel_id"), "afk_channel_id", SimChannel.GUILD_VOICE)
				: old.afkChannelId();
		long systemChannel = body.has("system_channel_id")
				? channel(guild, body.get("system_channel_id"), "system_channel_id", SimChannel.GUILD_TEXT)
				: old.systemChannelId();
		String locale = body.hasNonNull("preferred_locale")
				? GuildPayloads.string(body, "preferred_locale", 2, 10) : old.preferredLocale();
		boolean progressBar = body.hasNonNull("premium_progress_bar_enabled")
				? GuildPayloads.bool(body, "premium_progress_bar_enabled") : old.premiumProgressBarEnabled();
		SimGuildSettings settings = new SimGuildSettings(name, description, verification, notifications, filter,
				afkChannel, afkTimeout, systemChannel, locale, progressBar);
		SimGuild updated = this.rest.control().guilds().updateGuild(guild.id(), (current) -> settings);
		GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.GUILD_UPDATE, guild.id());
		return this.rest.json().guild(updated);
	}

	private JsonNode auditLog(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		GuildPermissions.require(guild, this.rest.world().bot().id(), GuildPermissions.VIEW_AUDIT_LOG);
		int limit = MessageRoutes.intParam(call, "limit", 50, 1, MAX_AUDIT_LOG_LIMIT);
		Long userId = MessageRoutes.snowflakeParam(call, "user_id");
		Long before = MessageRoutes.snowflakeParam(call, "before");
		Long after = MessageRoutes.snowflakeParam(call, "after");
		String type = call.queryParam("action_type");
		Integer actionType = (type != null) ? MessageRoutes.intParam(call, "action_type", 0, 1, 255) : null;
		List<SimAuditLogEntry> entries = new ArrayList<>(guild.auditLog());
		entries.removeIf((entry) -> (userId != null && entry.userId() != userId)
				|| (actionType != null && entry.actionType() != actionType)
				|| (before != null && Long.compareUnsigned(entry.id(), before) >= 0)
				|| (after != null && Long.compareUnsigned(entry.id(), after) <= 0));
		entries.sort(Comparator.comparingLong(SimAuditLogEntry::id).reversed());
		if (after != null && before == null && entries.size() > limit) {
			entries = entries.subList(entries.size() - limit, entries.size());
		}
		ObjectNode json = WorldJson.object();
		ArrayNode list = json.putArray("audit_log_entries");
		Set<Long> users = new LinkedHashSet<>();
		entries.stream().limit(limit).forEach((entry) -> {
			list.add(GuildControl.auditLogEntry(entry));
			users.add(entry.userId());
			if (this.rest.world().findUser(entry.targetId()).isPresent()) {
				users.add(entry.targetId());
			}
		});
		ArrayNode userList = json.putArray("users");
		users.forEach((id) -> this.rest.world().findUser(id).ifPresent((user) -> userList.add(this.rest.json()
			.user(user))));
		for (String empty : new String[] { "application_commands", "auto_moderation_rules", "guild_scheduled_events",
				"integrations", "threads", "webhooks" }) {
			json.putArray(empty);
		}
		return json;
	}

	private long channel(SimGuild guild, JsonNode value, String field, int type) {
		long id = GuildPayloads.snowflake(value, field);
		if (id == 0) {
			return 0;
		}
		SimChannel channel = this.rest.world().findChannel(id).orElse(null);
		if (channel == null || channel.guildId() != guild.id() || channel.type() != type) {
			throw HttpError.invalidField(field, "CHANNEL_TYPE_INVALID", "Invalid channel for this field.");
		}
		return id;
	}

}
