package dev.serenity.simulator.world;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders the simulated world as Discord's v10 JSON. The simulator writes its own JSON, independent of the client's
 * model.
 */
public final class WorldJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx")
		.withZone(ZoneOffset.UTC);

	private final World world;

	/**
	 * Create a renderer for a world.
	 * @param world the world
	 */
	public WorldJson(World world) {
		this.world = world;
	}

	/**
	 * Format an instant as Discord's ISO 8601 timestamp.
	 * @param instant the instant
	 * @return e.g. {@code 2021-01-01T00:00:00.000000+00:00}
	 */
	public static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	/**
	 * Render a snowflake as Discord does: a string.
	 * @param id the id
	 * @return its unsigned decimal text
	 */
	public static String id(long id) {
		return Long.toUnsignedString(id);
	}

	public static ObjectNode object() {
		return NODES.objectNode();
	}

	public static ArrayNode array() {
		return NODES.arrayNode();
	}

	public ObjectNode user(SimUser user) {
		ObjectNode json = object();
		json.put("id", id(user.id()));
		json.put("username", user.username());
		json.put("discriminator", "0");
		json.put("global_name", user.globalName());
		json.put("avatar", user.avatar());
		json.put("bot", user.bot());
		json.put("public_flags", 0);
		json.put("flags", 0);
		json.put("banner", user.banner());
		json.putNull("accent_color");
		json.putNull("avatar_decoration_data");
		return json;
	}

	/**
	 * Render a member; with {@code withUser} false it is the partial member of MESSAGE_CREATE.
	 * @param member the member
	 * @param withUser whether to include the {@code user} object
	 * @return the JSON
	 */
	public ObjectNode member(SimMember member, boolean withUser) {
		ObjectNode json = object();
		if (withUser) {
			json.set("user", user(this.world.user(member.userId())));
		}
		json.put("nick", member.nick());
		json.putNull("avatar");
		json.putNull("banner");
		ArrayNode roles = json.putArray("roles");
		member.roles().forEach((role) -> roles.add(id(role)));
		json.put("joined_at", timestamp(member.joinedAt()));
		json.putNull("premium_since");
		json.put("deaf", member.deaf());
		json.put("mute", member.mute());
		json.put("flags", 0);
		json.put("pending", false);
		json.put("communication_disabled_until", (member.communicationDisabledUntil() != null)
				? timestamp(member.communicationDisabledUntil()) : null);
		return json;
	}

	public ObjectNode role(SimRole role) {
		ObjectNode json = object();
		json.put("id", id(role.id()));
		json.put("name", role.name());
		json.put("color", role.color());
		ObjectNode colors = json.putObject("colors");
		colors.put("primary_color", role.color());
		colors.put("secondary_color", role.secondaryColor());
		colors.put("tertiary_color", role.tertiaryColor());
		json.put("hoist", role.hoist());
		json.put("icon", role.icon());
		json.put("unicode_emoji", role.unicodeEmoji());
		json.put("position", role.position());
		json.put("permissions", Long.toUnsignedString(role.permissions()));
		json.put("managed", role.managed());
		json.put("mentionable", role.mentionable());
		json.put("flags", 0);
		return json;
	}

	public ObjectNode channel(SimChannel channel) {
		ObjectNode json = object();
		json.put("id", id(channel.id()));
		json.put("type", channel.type());
		if (channel.isDm()) {
			json.putNull("last_message_id");
			ArrayNode recipients = json.putArray("recipients");
			channel.recipients().forEach((user) -> recipients.add(user(this.world.user(user))));
			json.put("flags", 0);
			return json;
		}
		json.put("guild_id", id(channel.guildId()));
		json.put("name", channel.name());
		if (channel.isThread()) {
			thread(channel, json);
			return json;
		}
		json.put("position", channel.position());
		ArrayNode overwrites = json.putArray("permission_overwrites");
		channel.overwrites().forEach((overwrite) -> overwrites.add(overwrite(overwrite)));
		json.put("flags", 0);
		if (channel.parentId() != 0) {
			json.put("parent_id", id(channel.parentId()));
		}
		else {
			json.putNull("parent_id");
		}
		if (SimChannel.isVoice(channel.type())) {
			json.put("bitrate", channel.bitrate());
			json.put("user_limit", channel.userLimit());
			json.putNull("rtc_region");
			json.put("nsfw", channel.nsfw());
			json.put("rate_limit_per_user", channel.rateLimitPerUser());
		}
		else if (channel.type() != SimChannel.GUILD_CATEGORY) {
			json.put("topic", channel.topic());
			json.put("nsfw", channel.nsfw());
			json.putNull("last_message_id");
			json.put("rate_limit_per_user", channel.rateLimitPerUser());
		}
		return json;
	}

	private void thread(SimChannel channel, ObjectNode json) {
		json.put("parent_id", id(channel.parentId()));
		json.put("owner_id", id(channel.ownerId()));
		json.putNull("last_message_id");
		json.put("rate_limit_per_user", channel.rateLimitPerUser());
		json.put("flags", 0);
		int messages = (int) this.world.channelMessages(channel.id())
			.stream()
			.filter((message) -> message.id() != channel.thread().starterMessageId())
			.count();
		json.put("message_count", messages);
		json.put("total_message_sent", messages);
		int members = this.world.channelStore().threadMembers(channel.id()).size();
		json.put("member_count", Math.min(members, 50));
		SimThread thread = channel.thread();
		ObjectNode metadata = json.putObject("thread_metadata");
		metadata.put("archived", thread.archived());
		metadata.put("auto_archive_duration", thread.autoArchiveDuration());
		metadata.put("archive_timestamp", timestamp(thread.archiveTimestamp()));
		metadata.put("locked", thread.locked());
		if (channel.type() == SimChannel.PRIVATE_THREAD) {
			metadata.put("invitable", thread.invitable());
		}
		metadata.put("create_timestamp", timestamp(thread.createTimestamp()));
	}

	/**
	 * Render a permission overwrite.
	 * @param overwrite the overwrite
	 * @return {@code {id, type, allow, deny}}
	 */
	public static ObjectNode overwrite(SimOverwrite overwrite) {
		ObjectNode json = object();
		json.put("id", id(overwrite.id()));
		json.put("type", overwrite.type());
		json.put("allow", Long.toString(overwrite.allow()));
		json.put("deny", Long.toString(overwrite.deny()));
		return json;
	}

	/**
	 * Render a thread member as REST returns it.
	 * @param member the membership
	 * @param withMember whether to add the guild {@code member}
	 * @return the JSON
	 */
	public ObjectNode threadMember(SimThreadMember member, boolean withMember) {
		ObjectNode json = object();
		json.put("id", id(member.threadId()));
		json.put("user_id", id(member.userId()));
		json.put("join_timestamp", timestamp(member.joinTimestamp()));
		json.put("flags", member.flags());
		if (withMember) {
			SimChannel thread = this.world.channel(member.threadId());
			SimMember guildMember = this.world.guild(thread.guildId()).members().get(member.userId());
			if (guildMember != null) {
				json.set("member", member(guildMember, true));
			}
		}
		return json;
	}

	/**
	 * Render an invite as REST returns it.
	 * @param invite the invite
	 * @param withMetadata whether to add {@code uses, max_uses, max_age, temporary, created_at}
	 * @return the JSON
	 */
	public ObjectNode invite(SimInvite invite, boolean withMetadata) {
		ObjectNode json = object();
		json.put("type", 0);
		json.put("code", invite.code());
		SimGuild guild = this.world.guild(invite.guildId());
		ObjectNode partialGuild = json.putObject("guild");
		partialGuild.put("id", id(guild.id()));
		partialGuild.put("name", guild.name());
		partialGuild.putNull("splash");
		partialGuild.putNull("banner");
		partialGuild.putNull("description");
		partialGuild.putNull("icon");
		partialGuild.putArray("features");
		partialGuild.put("verification_level", 0);
		partialGuild.putNull("vanity_url_code");
		partialGuild.put("nsfw_level", 0);
		json.put("guild_id", id(guild.id()));
		SimChannel channel = this.world.channel(invite.channelId());
		ObjectNode partialChannel = json.putObject("channel");
		partialChannel.put("id", id(channel.id()));
		partialChannel.put("type", channel.type());
		partialChannel.put("name", channel.name());
		json.set("inviter", user(this.world.user(invite.inviterId())));
		json.put("expires_at", (invite.expiresAt() != null) ? timestamp(invite.expiresAt()) : null);
		if (withMetadata) {
			json.put("uses", invite.uses());
			json.put("max_uses", invite.maxUses());
			json.put("max_age", invite.maxAge());
			json.put("temporary", invite.temporary());
			json.put("created_at", timestamp(invite.createdAt()));
		}
		return json;
	}

	/**
	 * Render a guild as in GET /guilds/{id} (no members or channels).
	 * @param guild the guild
	 * @return the JSON
	 */
	public ObjectNode guild(SimGuild guild) {
		ObjectNode json = object();
		json.put("id", id(guild.id()));
		json.put("name", guild.name());
		json.putNull("icon");
		json.putNull("splash");
		json.putNull("discovery_splash");
		json.put("owner_id", id(guild.ownerId()));
		SimGuildSettings settings = guild.settings();
		json.put("afk_channel_id", (settings.afkChannelId() != 0) ? id(settings.afkChannelId()) : null);
		json.put("afk_timeout", settings.afkTimeout());
		json.put("widget_enabled", false);
		json.put("verification_level", settings.verificationLevel());
		json.put("default_message_notifications", settings.defaultMessageNotifications());
		json.put("explicit_content_filter", settings.explicitContentFilter());
		ArrayNode roles = json.putArray("roles");
		guild.roles().values().stream().sorted((a, b) -> Integer.compare(a.position(), b.position()))
				.forEach((role) -> roles.add(role(role)));
		json.putArray("emojis");
		json.putArray("stickers");
		json.putArray("features");
		json.put("mfa_level", 0);
		json.putNull("application_id");
		json.put("system_channel_id", (settings.systemChannelId() != 0) ? id(settings.systemChannelId()) : null);
		json.put("system_channel_flags", 0);
		json.putNull("rules_channel_id");
		json.putNull("vanity_url_code");
		json.put("description", settings.description());
		json.putNull("banner");
		json.put("premium_tier", 0);
		json.put("premium_subscription_count", 0);
		json.put("preferred_locale", settings.preferredLocale());
		json.putNull("public_updates_channel_id");
		json.put("nsfw_level", 0);
		json.put("premium_progress_bar_enabled", settings.premiumProgressBarEnabled());
		json.putNull("safety_alerts_channel_id");
		json.put("max_members", 500000);
		json.put("max_video_channel_users", 25);
		return json;
	}

	/**
	 * Render a GUILD_CREATE payload.
	 * @param guild the guild
	 * @param includeAllMembers whether to list every member (GUILD_MEMBERS intent and a guild under the large
	 * threshold) or only the bot
	 * @param largeThreshold the client's {@code large_threshold}
	 * @return the JSON
	 */
	public ObjectNode guildCreate(SimGuild guild, boolean includeAllMembers, int largeThreshold) {
		ObjectNode json = guild(guild);
		int memberCount = guild.members().size();
		boolean large = memberCount > largeThreshold;
		json.put("joined_at", timestamp(guild.createdAt()));
		json.put("large", large);
		json.put("unavailable", false);
		json.put("member_count", memberCount);
		ArrayNode members = json.putArray("members");
		for (SimMember member : guild.members().values()) {
			if ((includeAllMembers && !large) || member.userId() == this.world.bot().id()) {
				members.add(member(member, true));
			}
		}
		ArrayNode channels = json.putArray("channels");
		this.world.channelsOf(guild).forEach((channel) -> channels.add(channel(channel)));
		ArrayNode threads = json.putArray("threads");
		this.world.threadsOf(guild.id())
			.stream()
			.filter((thread) -> !thread.thread().archived())
			.forEach((thread) -> threads.add(channel(thread)));
		json.putArray("presences");
		json.putArray("voice_states");
		json.putArray("stage_instances");
		json.putArray("guild_scheduled_events");
		json.putArray("soundboard_sounds");
		return json;
	}

	/**
	 * Render a message as REST returns it and as MESSAGE_CREATE carries it (plus {@code guild_id} and
	 * {@code member} for guild messages).
	 * @param message the message
	 * @param forGateway whether to add the gateway-only fields
	 * @return the JSON
	 */
	public ObjectNode message(SimMessage message, boolean forGateway) {
		ObjectNode json = object();
		json.put("id", id(message.id()));
		json.put("channel_id", id(message.channelId()));
		json.put("type", message.type());
		json.put("content", message.content());
		json.set("author", author(message));
		this.world.webhooks()
			.author(message.id())
			.ifPresent((author) -> json.put("webhook_id", id(author.webhookId())));
		ArrayNode attachments = json.putArray("attachments");
		message.attachments().forEach((attachment) -> attachments.add(attachment(attachment)));
		json.set("embeds", message.embeds());
		ArrayNode mentions = json.putArray("mentions");
		message.mentions().forEach((user) -> mentions.add(user(this.world.user(user))));
		ArrayNode mentionRoles = json.putArray("mention_roles");
		message.mentionRoles().forEach((role) -> mentionRoles.add(id(role)));
		json.put("mention_everyone", message.mentionEveryone());
		json.put("pinned", message.pinned());
		json.put("tts", message.tts());
		json.put("timestamp", timestamp(message.timestamp()));
		json.put("edited_timestamp", (message.editedTimestamp() != null) ? timestamp(message.editedTimestamp()) : null);
		json.put("flags", message.flags());
		json.set("components", message.components());
		this.world.polls().find(message.id()).ifPresent((poll) -> json.set("poll", PollJson.poll(poll, this.world)));
		if (!message.reactions().isEmpty()) {
			ArrayNode reactions = json.putArray("reactions");
			message.reactions().forEach((reaction) -> reactions.add(reaction(reaction)));
		}
		if (message.nonce() != null) {
			json.put("nonce", message.nonce());
		}
		if (message.referencedMessageId() != 0) {
			ObjectNode reference = json.putObject("message_reference");
			reference.put("type", 0);
			reference.put("message_id", id(message.referencedMessageId()));
			reference.put("channel_id", id(message.channelId()));
			if (message.guildId() != 0) {
				reference.put("guild_id", id(message.guildId()));
			}
			if (message.type() == SimMessage.REPLY) {
				json.set("referenced_message", this.world.findMessage(message.referencedMessageId())
					.map((referenced) -> (JsonNode) referencedMessage(referenced))
					.orElse(NODES.nullNode()));
			}
		}
		this.world.interactions().extras(message.id()).ifPresent(json::setAll);
		if (forGateway) {
			if (message.guildId() != 0) {
				json.put("guild_id", id(message.guildId()));
				SimMember member = this.world.guild(message.guildId()).members().get(message.authorId());
				if (member != null) {
					json.set("member", member(member, false));
				}
			}
			json.put("channel_type", this.world.channel(message.channelId()).type());
		}
		return json;
	}

	/**
	 * Render a message's author: a user, or the webhook that sent it, under the message's name and avatar.
	 * @param message the message
	 * @return the JSON
	 */
	public ObjectNode author(SimMessage message) {
		WebhookStore.WebhookAuthor webhook = this.world.webhooks().author(message.id()).orElse(null);
		if (webhook == null) {
			return user(this.world.user(message.authorId()));
		}
		ObjectNode json = object();
		json.put("id", id(webhook.webhookId()));
		json.put("username", webhook.username());
		json.put("discriminator", "0000");
		json.putNull("global_name");
		json.put("avatar", webhook.avatar());
		json.put("bot", true);
		json.put("public_flags", 0);
		json.put("flags", 0);
		return json;
	}

	/**
	 * Render a webhook.
	 * @param webhook the webhook
	 * @param withToken whether to include its token
	 * @param withUser whether to include the user who created it
	 * @return the JSON
	 */
	public ObjectNode webhook(SimWebhook webhook, boolean withToken, boolean withUser) {
		ObjectNode json = object();
		json.put("id", id(webhook.id()));
		json.put("type", SimWebhook.INCOMING);
		json.put("guild_id", id(webhook.guildId()));
		json.put("channel_id", id(webhook.channelId()));
		if (withUser) {
			this.world.findUser(webhook.creatorId()).ifPresent((creator) -> json.set("user", user(creator)));
		}
		json.put("name", webhook.name());
		json.put("avatar", webhook.avatar());
		if (withToken) {
			json.put("token", webhook.token());
		}
		json.putNull("application_id");
		return json;
	}

	private ObjectNode referencedMessage(SimMessage message) {
		ObjectNode json = message(message, false);
		json.remove("referenced_message");
		return json;
	}

	/**
	 * Render an attachment.
	 * @param attachment the attachment
	 * @return the JSON
	 */
	public static ObjectNode attachment(SimAttachment attachment) {
		ObjectNode json = object();
		json.put("id", id(attachment.id()));
		json.put("filename", attachment.filename());
		if (attachment.description() != null) {
			json.put("description", attachment.description());
		}
		if (attachment.contentType() != null) {
			json.put("content_type", attachment.contentType());
		}
		json.put("size", attachment.size());
		json.put("url", attachment.url());
		json.put("proxy_url", attachment.url());
		if (attachment.spoiler()) {
			json.put("flags", SimAttachment.IS_SPOILER);
		}
		return json;
	}

	/**
	 * Render the reactions of one emoji, as the bot sees them.
	 * @param reaction the reaction
	 * @return the JSON
	 */
	public ObjectNode reaction(SimReaction reaction) {
		ObjectNode json = object();
		json.put("count", reaction.userIds().size());
		ObjectNode details = json.putObject("count_details");
		details.put("burst", 0);
		details.put("normal", reaction.userIds().size());
		json.put("me", reaction.userIds().contains(this.world.bot().id()));
		json.put("me_burst", false);
		json.set("emoji", emoji(reaction.emoji()));
		json.putArray("burst_colors");
		return json;
	}

	/**
	 * Render a partial emoji, as reactions carry it.
	 * @param emoji the emoji
	 * @return {@code {"id": null, "name": "👍"}} or {@code {"id": "...", "name": "blob"}}
	 */
	public static ObjectNode emoji(SimReaction.Emoji emoji) {
		ObjectNode json = object();
		json.put("id", emoji.custom() ? id(emoji.id()) : null);
		json.put("name", emoji.name());
		return json;
	}

}
