package dev.serenity.rest.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.serenity.model.Channel;
import dev.serenity.model.FollowedChannel;
import dev.serenity.model.PermissionOverwrite;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The channel endpoints of Discord's REST API, typed: read, modify and delete a channel or thread, edit its
 * permission overwrites, trigger typing, follow an announcement channel, and list, create and reorder a guild's
 * channels. Built on a {@link DiscordRest} (for a client: {@code new ChannelApi(client.rest())}).
 *
 * <pre>{@code
 * ChannelApi channels = new ChannelApi(client.rest());
 * channels.edit(channelId, ChannelEdit.builder().topic("Rules").build()).subscribe();
 * channels.createGuildChannel(guildId, ChannelCreate.text("bot-talk"), "set up").block(Duration.ofSeconds(30));
 * }</pre>
 *
 * <p>As in {@link MessageApi}, every argument is checked when the method is called (an
 * {@link IllegalArgumentException} naming the field), the publishers are lazy, and Discord's errors arrive as
 * {@link dev.serenity.rest.DiscordRestException}s.
 */
public final class ChannelApi {

	private static final TypeReference<List<Channel>> CHANNELS = new TypeReference<>() {
	};

	private static final String CHANNEL_ROUTE = "/channels/{channel.id}";

	private static final String PERMISSION_ROUTE = CHANNEL_ROUTE + "/permissions/{overwrite.id}";

	private static final String GUILD_CHANNELS_ROUTE = "/guilds/{guild.id}/channels";

	private final DiscordRest rest;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public ChannelApi(DiscordRest rest) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
	}

	/**
	 * Read a channel or thread ({@code GET /channels/{channel.id}}).
	 * @param channelId the channel
	 * @return the channel
	 */
	public Mono<Channel> get(Snowflake channelId) {
		return this.rest.exchange(RestRequest.of(Route.get(CHANNEL_ROUTE, channel(channelId)), Channel.class));
	}

	/**
	 * Modify a channel or thread ({@code PATCH /channels/{channel.id}}); Discord sends CHANNEL_UPDATE or
	 * THREAD_UPDATE.
	 * @param channelId the channel
	 * @param edit the change
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the channel as changed
	 */
	public Mono<Channel> edit(Snowflake channelId, ChannelEdit edit, String auditLogReason) {
		Route route = Route.patch(CHANNEL_ROUTE, channel(channelId));
		ChannelChecks.require("edit", edit);
		return this.rest.exchange(RestRequest.of(route, Channel.class)
			.withBody(edit.toJson())
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Modify a channel or thread without an audit-log reason.
	 * @param channelId the channel
	 * @param edit the change
	 * @return the channel as changed
	 */
	public Mono<Channel> edit(Snowflake channelId, ChannelEdit edit) {
		return edit(channelId, edit, null);
	}

	/**
	 * Delete a guild channel or thread, or close a DM ({@code DELETE /channels/{channel.id}}); Discord sends
	 * CHANNEL_DELETE or THREAD_DELETE.
	 * @param channelId the channel
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the deleted channel
	 */
	public Mono<Channel> delete(Snowflake channelId, String auditLogReason) {
		Route route = Route.delete(CHANNEL_ROUTE, channel(channelId));
		return this.rest.exchange(RestRequest.of(route, Channel.class).withAuditLogReason(auditLogReason));
	}

	/**
	 * Create or replace a permission overwrite ({@code PUT /channels/{channel.id}/permissions/{overwrite.id}});
	 * Discord sends CHANNEL_UPDATE.
	 * @param channelId the channel
	 * @param overwrite the overwrite: its id names the role or member, its type says which
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when saved
	 */
	public Mono<Void> editPermission(Snowflake channelId, PermissionOverwrite overwrite, String auditLogReason) {
		long channel = channel(channelId);
		ChannelChecks.require("overwrite", overwrite);
		ChannelChecks.overwrites("overwrite", List.of(overwrite));
		Map<String, Object> body = ChannelChecks.json(overwrite);
		body.remove("id");
		Route route = Route.put(PERMISSION_ROUTE, channel, overwrite.id().value());
		return this.rest.exchange(RestRequest.of(route).withBody(body).withAuditLogReason(auditLogReason));
	}

	/**
	 * Delete a permission overwrite ({@code DELETE /channels/{channel.id}/permissions/{overwrite.id}}); Discord
	 * sends CHANNEL_UPDATE.
	 * @param channelId the channel
	 * @param overwriteId the role or member
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when deleted
	 */
	public Mono<Void> deletePermission(Snowflake channelId, Snowflake overwriteId, String auditLogReason) {
		Route route = Route.delete(PERMISSION_ROUTE, channel(channelId), Checks.id("overwriteId", overwriteId).value());
		return this.rest.exchange(RestRequest.of(route).withAuditLogReason(auditLogReason));
	}

	/**
	 * Show the bot as typing for about 10 seconds ({@code POST /channels/{channel.id}/typing}); Discord sends
	 * TYPING_START.
	 * @param channelId the channel
	 * @return completes when accepted
	 */
	public Mono<Void> typing(Snowflake channelId) {
		return this.rest.exchange(RestRequest.of(Route.post(CHANNEL_ROUTE + "/typing", channel(channelId))));
	}

	/**
	 * Follow an announcement channel into another channel ({@code POST /channels/{channel.id}/followers}).
	 * @param channelId the announcement channel
	 * @param targetChannelId the channel that receives its messages (through a webhook)
	 * @return the followed channel and the webhook created
	 */
	public Mono<FollowedChannel> follow(Snowflake channelId, Snowflake targetChannelId) {
		return follow(channelId, targetChannelId, null);
	}

	/**
	 * Follow an announcement channel with an audit-log reason; see {@link #follow(Snowflake, Snowflake)}.
	 * @param channelId the announcement channel
	 * @param targetChannelId the channel that receives its messages
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the followed channel and the webhook created
	 */
	public Mono<FollowedChannel> follow(Snowflake channelId, Snowflake targetChannelId, String auditLogReason) {
		Route route = Route.post(CHANNEL_ROUTE + "/followers", channel(channelId));
		String target = Checks.json(Checks.id("targetChannelId", targetChannelId));
		return this.rest.exchange(RestRequest.of(route, FollowedChannel.class)
			.withBody(Map.of("webhook_channel_id", target))
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * List a guild's channels, without threads ({@code GET /guilds/{guild.id}/channels}).
	 * @param guildId the guild
	 * @return the channels
	 */
	public Mono<List<Channel>> guildChannels(Snowflake guildId) {
		return this.rest.exchange(RestRequest.of(Route.get(GUILD_CHANNELS_ROUTE, guild(guildId)), CHANNELS))
			.defaultIfEmpty(List.of());
	}

	/**
	 * Create a guild channel ({@code POST /guilds/{guild.id}/channels}); Discord sends CHANNEL_CREATE.
	 * @param guildId the guild
	 * @param channel the new channel
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the channel created
	 */
	public Mono<Channel> createGuildChannel(Snowflake guildId, ChannelCreate channel, String auditLogReason) {
		Route route = Route.post(GUILD_CHANNELS_ROUTE, guild(guildId));
		ChannelChecks.require("channel", channel);
		return this.rest.exchange(RestRequest.of(route, Channel.class)
			.withBody(channel.toJson())
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Move guild channels ({@code PATCH /guilds/{guild.id}/channels}); Discord sends CHANNEL_UPDATE for each
	 * channel that changed.
	 * @param guildId the guild
	 * @param positions the moves, at least one, each channel once
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when moved
	 */
	public Mono<Void> editPositions(Snowflake guildId, List<ChannelPosition> positions, String auditLogReason) {
		Route route = Route.patch(GUILD_CHANNELS_ROUTE, guild(guildId));
		List<ChannelPosition> moves = Checks.list("positions", positions, Integer.MAX_VALUE);
		if (moves.isEmpty()) {
			throw new IllegalArgumentException("'positions' must hold at least one entry");
		}
		Checks.ids("positions.id", moves.stream().map(ChannelPosition::id).toList(), moves.size());
		return this.rest.exchange(RestRequest.of(route)
			.withBody(moves.stream().map(ChannelPosition::toJson).toList())
			.withAuditLogReason(auditLogReason));
	}

	static long channel(Snowflake channelId) {
		return Checks.id("channelId", channelId).value();
	}

	static long guild(Snowflake guildId) {
		return Checks.id("guildId", guildId).value();
	}

	@Override
	public String toString() {
		return "ChannelApi[" + this.rest + "]";
	}

}
