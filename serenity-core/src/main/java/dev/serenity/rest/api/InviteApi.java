package dev.serenity.rest.api;

import java.util.List;
import java.util.Objects;

import dev.serenity.model.Invite;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The invite endpoints of Discord's REST API, typed: create and list a channel's invites, read and delete an invite
 * by code. Built on a {@link DiscordRest} (for a client: {@code new InviteApi(client.rest())}).
 *
 * <p>As in {@link MessageApi}, every argument is checked when the method is called (an
 * {@link IllegalArgumentException} naming the field), the publishers are lazy, and Discord's errors arrive as
 * {@link dev.serenity.rest.DiscordRestException}s (an unknown or expired code is
 * {@link dev.serenity.rest.JsonErrorCode#UNKNOWN_INVITE}).
 */
public final class InviteApi {

	/** Longest invite code accepted (vanity codes included). */
	public static final int MAX_CODE_LENGTH = 100;

	private static final TypeReference<List<Invite>> INVITES = new TypeReference<>() {
	};

	private static final String CHANNEL_INVITES_ROUTE = "/channels/{channel.id}/invites";

	private static final String INVITE_ROUTE = "/invites/{invite.code}";

	private final DiscordRest rest;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public InviteApi(DiscordRest rest) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
	}

	/**
	 * Create an invite to a channel ({@code POST /channels/{channel.id}/invites}); Discord sends INVITE_CREATE when
	 * a new invite is made.
	 * @param channelId the channel
	 * @param invite the settings
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the invite, with its metadata
	 */
	public Mono<Invite> create(Snowflake channelId, InviteCreate invite, String auditLogReason) {
		Route route = Route.post(CHANNEL_INVITES_ROUTE, ChannelApi.channel(channelId));
		ChannelChecks.require("invite", invite);
		return this.rest.exchange(RestRequest.of(route, Invite.class)
			.withBody(invite.toJson())
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * List a channel's invites with their metadata ({@code GET /channels/{channel.id}/invites}).
	 * @param channelId the channel
	 * @return the invites
	 */
	public Mono<List<Invite>> list(Snowflake channelId) {
		Route route = Route.get(CHANNEL_INVITES_ROUTE, ChannelApi.channel(channelId));
		return this.rest.exchange(RestRequest.of(route, INVITES)).defaultIfEmpty(List.of());
	}

	/**
	 * Read an invite ({@code GET /invites/{invite.code}}).
	 * @param code the code, e.g. from {@code discord.gg/<code>}
	 * @param withCounts whether to include the approximate member and presence counts
	 * @return the invite
	 */
	public Mono<Invite> get(String code, boolean withCounts) {
		Route route = Route.get(INVITE_ROUTE, code(code));
		return this.rest.exchange(RestRequest.of(route, Invite.class).withQuery("with_counts", withCounts));
	}

	/**
	 * Delete an invite ({@code DELETE /invites/{invite.code}}); Discord sends INVITE_DELETE.
	 * @param code the code
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the deleted invite
	 */
	public Mono<Invite> delete(String code, String auditLogReason) {
		Route route = Route.delete(INVITE_ROUTE, code(code));
		return this.rest.exchange(RestRequest.of(route, Invite.class).withAuditLogReason(auditLogReason));
	}

	private static String code(String code) {
		ChannelChecks.require("code", code);
		if (!code.matches("[A-Za-z0-9-]{1," + MAX_CODE_LENGTH + "}")) {
			throw new IllegalArgumentException("'code' must be 1 to " + MAX_CODE_LENGTH
					+ " letters, digits or dashes (the part after discord.gg/) but was \"" + code + "\"");
		}
		return code;
	}

	@Override
	public String toString() {
		return "InviteApi[" + this.rest + "]";
	}

}
