package dev.serenity.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.serenity.simulator.ChannelControl;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimWebhook;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimOverwrite;
import dev.serenity.simulator.world.SimThread;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The channel routes: modify and delete a channel or thread, edit and delete permission overwrites, trigger typing,
 * follow an announcement channel, and a guild's channel list, creation and positions; with Discord's validation and
 * error codes. Each change goes through {@link ChannelControl}, which sends the gateway event.
 */
final class ChannelRoutes {

	/** Channel types {@code POST /guilds/{guild.id}/channels} creates. */
	static final Set<Integer> CREATABLE_TYPES = Set.of(SimChannel.GUILD_TEXT, SimChannel.GUILD_VOICE,
			SimChannel.GUILD_CATEGORY, SimChannel.GUILD_ANNOUNCEMENT, SimChannel.GUILD_STAGE_VOICE,
			SimChannel.GUILD_FORUM, SimChannel.GUILD_MEDIA);

	private final RestApi rest;

	private final World world;

	ChannelRoutes(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
	}

	void register(Router router) {
		router.route("PATCH", "/channels/{channel_id}", this::modify)
			.route("DELETE", "/channels/{channel_id}", this::delete)
			.route("PUT", "/channels/{channel_id}/permissions/{overwrite_id}", this::editPermission)
			.route("DELETE", "/channels/{channel_id}/permissions/{overwrite_id}", this::deletePermission)
			.route("POST", "/channels/{channel_id}/typing", this::typing)
			.route("POST", "/channels/{channel_id}/followers", this::follow)
			.route("GET", "/guilds/{guild_id}/channels", this::list)
			.route("POST", "/guilds/{guild_id}/channels", this::create)
			.route("PATCH", "/guilds/{guild_id}/channels", this::positions);
	}

	private ChannelControl channels() {
		return this.rest.control().channels();
	}

	static HttpError wrongType() {
		return new HttpError(400, 50024, "Cannot execute action on this channel type");
	}

	private JsonNode modify(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (channel.isDm()) {
			throw new HttpError(403, 50003, "Cannot execute action on a DM channel");
		}
		JsonNode body = ChannelPayloads.object(call);
		SimChannel.Builder next = channel.toBuilder();
		String name = ChannelPayloads.name(body, "name", false);
		if (name != null) {
			next.name(normalize(name, channel.type()));
		}
		next.rateLimitPerUser(ChannelPayloads.integer(body, "rate_limit_per_user", channel.rateLimitPerUser(), 0,
				ChannelPayloads.MAX_RATE_LIMIT_PER_USER));
		if (channel.isThread()) {
			SimThread thread = channel.thread();
			boolean archived = ChannelPayloads.bool(body, "archived", thread.archived());
			if (thread.archived() && archived) {
				throw new HttpError(400, 50083, "Thread is archived");
			}
			SimThread changed = thread.withSettings(ChannelPayloads.autoArchiveDuration(body,
					thread.autoArchiveDuration()), ChannelPayloads.bool(body, "locked", thread.locked()),
					ChannelPayloads.bool(body, "invitable", thread.invitable()));
			next.thread((archived != thread.archived()) ? changed.withArchived(archived, this.world.now()) : changed);
		}
		else {
			next.topic(body.has("topic") ? ChannelPayloads.topic(body, channel.type()) : channel.topic())
				.nsfw(ChannelPayloads.bool(body, "nsfw", channel.nsfw()))
				.position(ChannelPayloads.integer(body, "position", channel.position(), 0, Integer.MAX_VALUE))
				.overwrites(ChannelPayloads.overwrites(body, channel.overwrites()));
			next.type(type(body, channel));
			long parentId = ChannelPayloads.snowflake(body, "parent_id", channel.parentId());
			if (parentId != channel.parentId()) {
				checkParent(parentId, channel.guildId(), channel.type());
				next.parentId(parentId);
			}
			if (SimChannel.isVoice(channel.type())) {
				next.bitrate(ChannelPayloads.integer(body, "bitrate", channel.bitrate(), ChannelPayloads.MIN_BITRATE,
						ChannelPayloads.MAX_BITRATE))
					.userLimit(ChannelPayloads.integer(body, "user_limit", channel.userLimit(), 0,
							ChannelPayloads.MAX_USER_LIMIT));
			}
		}
		SimChannel built = next.build();
		return this.rest.json().channel(channels().update(channel.id(), (current) -> built));
	}

	/** Only text and announcement channels convert into each other. */
	private static int type(JsonNode body, SimChannel channel) {
		JsonNode value = body.get("type");
		if (value == null || value.isNull() || value.asInt(-1) == channel.type()) {
			return channel.type();
		}
		int type = value.asInt(-1);
		boolean convertible = (channel.type() == SimChannel.GUILD_TEXT || channel.type() == SimChannel.GUILD_ANNOUNCEMENT)
				&& (type == SimChannel.GUILD_TEXT || type == SimChannel.GUILD_ANNOUNCEMENT);
		if (!convertible) {
			throw HttpError.invalidField("type", "BASE_TYPE_CHOICES", "Value must be one of {0, 5}.");
		}
		return type;
	}

	private void checkParent(long parentId, long guildId, int type) {
		if (parentId == 0) {
			return;
		}
		if (type == SimChannel.GUILD_CATEGORY) {
			throw HttpError.invalidField("parent_id", "CHANNEL_PARENT_INVALID_TYPE",
					"Categories cannot have subcategories");
		}
		SimChannel parent = this.world.findChannel(parentId).orElse(null);
		if (parent == null || parent.guildId() != guildId || parent.type() != SimChannel.GUILD_CATEGORY) {
			throw HttpError.invalidField("parent_id", "CHANNEL_PARENT_INVALID_TYPE", "Not a category");
		}
	}

	/** Discord lower-cases the names of text-like channels and replaces spaces with dashes. */
	static String normalize(String name, int type) {
		boolean textLike = type == SimChannel.GUILD_TEXT || type == SimChannel.GUILD_ANNOUNCEMENT
				|| type == SimChannel.GUILD_FORUM || type == SimChannel.GUILD_MEDIA;
		return textLike ? name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-") : name;
	}

	private JsonNode delete(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (channel.isDm()) {
			return this.rest.json().channel(channel);
		}
		ObjectNode json = this.rest.json().channel(channel);
		channels().delete(channel.id());
		return json;
	}

	private JsonNode editPermission(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (channel.isDm() || channel.isThread()) {
			throw wrongType();
		}
		long id = call.id("overwrite_id");
		SimOverwrite overwrite = ChannelPayloads.overwrite(ChannelPayloads.object(call), "", id);
		channels().update(channel.id(), (current) -> {
			List<SimOverwrite> overwrites = new ArrayList<>(current.overwrites());
			overwrites.removeIf((existing) -> existing.id() == id);
			overwrites.add(overwrite);
			return current.toBuilder().overwrites(overwrites).build();
		});
		return null;
	}

	private JsonNode deletePermission(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (channel.isDm() || channel.isThread()) {
			throw wrongType();
		}
		long id = call.id("overwrite_id");
		if (channel.overwrites().stream().noneMatch((overwrite) -> overwrite.id() == id)) {
			throw new HttpError(404, 10009, "Unknown Overwrite");
		}
		channels().update(channel.id(), (current) -> current.toBuilder()
			.overwrites(current.overwrites().stream().filter((overwrite) -> overwrite.id() != id).toList())
			.build());
		return null;
	}

	private JsonNode typing(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (channel.type() == SimChannel.GUILD_CATEGORY || channel.type() == SimChannel.GUILD_FORUM
				|| channel.type() == SimChannel.GUILD_MEDIA) {
			throw new HttpError(400, 50008, "Cannot send messages in a non-text channel");
		}
		channels().typing(this.world.bot().id(), channel.id());
		return null;
	}

	private JsonNode follow(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (channel.type() != SimChannel.GUILD_ANNOUNCEMENT) {
			throw wrongType();
		}
		JsonNode body = ChannelPayloads.object(call);
		long target = ChannelPayloads.snowflake(body, "webhook_channel_id", 0);
		if (target == 0) {
			throw HttpError.invalidField("webhook_channel_id", "BASE_TYPE_REQUIRED", "This field is required");
		}
		SimChannel destination = this.world.findChannel(target)
			.orElseThrow(() -> new HttpError(404, 10003, "Unknown Channel"));
		if (destination.type() != SimChannel.GUILD_TEXT && destination.type() != SimChannel.GUILD_ANNOUNCEMENT) {
			throw wrongType();
		}
		// Discord creates a channel follower webhook (type 2, no token) in the target channel and sends
		// WEBHOOKS_UPDATE; the simulator stores it as an ordinary webhook with an unguessable token.
		SimWebhook webhook = this.rest.control()
			.accounts()
			.createWebhook(destination.id(), channel.name(), null, this.world.bot().id(),
					java.util.UUID.randomUUID().toString().replace("-", ""));
		if (webhook == null) {
			throw new HttpError(400, 30007, "Maximum number of webhooks reached (15)");
		}
		ObjectNode followed = WorldJson.object();
		followed.put("channel_id", WorldJson.id(channel.id()));
		followed.put("webhook_id", WorldJson.id(webhook.id()));
		return followed;
	}

	private JsonNode list(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		ArrayNode result = WorldJson.array();
		this.world.channelsOf(guild).forEach((channel) -> result.add(this.rest.json().channel(channel)));
		return result;
	}

	private JsonNode create(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		JsonNode body = ChannelPayloads.object(call);
		String name = ChannelPayloads.name(body, "name", true);
		int type = ChannelPayloads.integer(body, "type", SimChannel.GUILD_TEXT, 0, 16);
		if (!CREATABLE_TYPES.contains(type)) {
			throw HttpError.invalidField("type", "BASE_TYPE_CHOICES", "Value must be one of " + CREATABLE_TYPES
					+ ".");
		}
		long parentId = ChannelPayloads.snowflake(body, "parent_id", 0);
		checkParent(parentId, guild.id(), type);
		boolean voice = SimChannel.isVoice(type);
		SimChannel created = new SimChannel(this.world.nextId(), guild.id(), normalize(name, type), type,
				ChannelPayloads.integer(body, "position", guild.channelIds().size(), 0, Integer.MAX_VALUE), parentId,
				List.of(), ChannelPayloads.topic(body, type), ChannelPayloads.bool(body, "nsfw", false),
				ChannelPayloads.integer(body, "rate_limit_per_user", 0, 0, ChannelPayloads.MAX_RATE_LIMIT_PER_USER),
				voice ? ChannelPayloads.integer(body, "bitrate", SimChannel.DEFAULT_BITRATE,
						ChannelPayloads.MIN_BITRATE, ChannelPayloads.MAX_BITRATE) : 0,
				voice ? ChannelPayloads.integer(body, "user_limit", 0, 0, ChannelPayloads.MAX_USER_LIMIT) : 0,
				ChannelPayloads.overwrites(body, List.of()), 0, null);
		return this.rest.json().channel(channels().create(created));
	}

	private JsonNode positions(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		JsonNode body = call.requireJson();
		if (!body.isArray()) {
			throw HttpError.invalidForm(null, "BASE_TYPE_ARRAY", "Must be an array.");
		}
		List<Runnable> changes = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			JsonNode entry = body.get(i);
			long id = ChannelPayloads.snowflake(entry, "id", 0);
			if (id == 0) {
				throw HttpError.invalidField(i + ".id", "BASE_TYPE_REQUIRED", "This field is required");
			}
			SimChannel channel = this.world.findChannel(id)
				.filter((found) -> found.guildId() == guild.id() && !found.isThread())
				.orElseThrow(() -> new HttpError(404, 10003, "Unknown Channel"));
			int position = ChannelPayloads.integer(entry, "position", channel.position(), 0, Integer.MAX_VALUE);
			long parentId = ChannelPayloads.snowflake(entry, "parent_id", channel.parentId());
			if (parentId != channel.parentId()) {
				checkParent(parentId, guild.id(), channel.type());
			}
			boolean lock = ChannelPayloads.bool(entry, "lock_permissions", false);
			List<SimOverwrite> overwrites = (lock && parentId != 0)
					? this.world.channel(parentId).overwrites() : channel.overwrites();
			if (position != channel.position() || parentId != channel.parentId() || lock) {
				changes.add(() -> channels().update(id, (current) -> current.toBuilder()
					.position(position)
					.parentId(parentId)
					.overwrites(overwrites)
					.build()));
			}
		}
		changes.forEach(Runnable::run);
		return null;
	}

}
