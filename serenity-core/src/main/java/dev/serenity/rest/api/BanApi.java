package dev.serenity.rest.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.serenity.model.Ban;
import dev.serenity.model.BulkBanResult;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The ban endpoints of Discord's REST API, typed: list, read, ban, unban and bulk ban. Built on a
 * {@link DiscordRest} ({@code new BanApi(client.rest())}). Bans need Ban Members (bulk bans Manage Guild too), and
 * Discord lets a bot ban only members whose highest role is below its own, never the owner. Discord dispatches
 * GUILD_BAN_ADD and GUILD_BAN_REMOVE (GUILD_MODERATION intent), and GUILD_MEMBER_REMOVE for a banned member.
 * Arguments are checked when a method is called, before anything is sent.
 */
public final class BanApi {

	/** Most bans one page lists (also the default). */
	public static final int MAX_LIMIT = 1000;

	/** Most users one bulk ban takes. */
	public static final int MAX_BULK_BAN = 200;

	/** Longest span of messages a ban may delete: 7 days. */
	public static final Duration MAX_DELETE_MESSAGES = Duration.ofDays(7);

	private static final TypeReference<List<Ban>> BANS = new TypeReference<>() {
	};

	private static final String BANS_ROUTE = "/guilds/{guild.id}/bans";

	private static final String BAN_ROUTE = BANS_ROUTE + "/{user.id}";

	private final DiscordRest rest;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public BanApi(DiscordRest rest) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
	}

	/**
	 * List bans by ascending user id ({@code GET /guilds/{guild.id}/bans}).
	 * @param guildId the guild
	 * @param limit 1 to {@value #MAX_LIMIT}
	 * @param before only users with a lower id, or {@code null}
	 * @param after only users with a higher id, or {@code null}
	 * @return the bans
	 */
	public Mono<List<Ban>> list(Snowflake guildId, int limit, Snowflake before, Snowflake after) {
		Route route = Route.get(BANS_ROUTE, RoleApi.guild(guildId));
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("'limit' must be from 1 to " + MAX_LIMIT + " but was " + limit);
		}
		RestRequest<List<Ban>> request = RestRequest.of(route, BANS).withQuery("limit", limit);
		if (before != null) {
			request = request.withQuery("before", Checks.id("before", before).value());
		}
		if (after != null) {
			request = request.withQuery("after", Checks.id("after", after).value());
		}
		return this.rest.exchange(request).defaultIfEmpty(List.of());
	}

	/**
	 * Read a ban ({@code GET /guilds/{guild.id}/bans/{user.id}}); 404 {@code UNKNOWN_BAN} when the user is not
	 * banned.
	 * @param guildId the guild
	 * @param userId the user
	 * @return the ban
	 */
	public Mono<Ban> get(Snowflake guildId, Snowflake userId) {
		return this.rest.exchange(RestRequest.of(Route.get(BAN_ROUTE, RoleApi.guild(guildId), user(userId)),
				Ban.class));
	}

	/**
	 * Ban a user ({@code PUT /guilds/{guild.id}/bans/{user.id}}), deleting their recent messages.
	 * @param guildId the guild
	 * @param userId the user (need not be a member)
	 * @param deleteMessages how far back to delete their messages: zero to 7 days, whole seconds
	 * @param auditLogReason the reason, kept with the ban and shown in the audit log, or {@code null}
	 * @return completes when banned
	 */
	public Mono<Void> ban(Snowflake guildId, Snowflake userId, Duration deleteMessages, String auditLogReason) {
		Route route = Route.put(BAN_ROUTE, RoleApi.guild(guildId), user(userId));
		return this.rest.exchange(RestRequest.of(route)
			.withBody(deleteBody(deleteMessages))
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Lift a ban ({@code DELETE /guilds/{guild.id}/bans/{user.id}}).
	 * @param guildId the guild
	 * @param userId the user
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when lifted
	 */
	public Mono<Void> unban(Snowflake guildId, Snowflake userId, String auditLogReason) {
		Route route = Route.delete(BAN_ROUTE, RoleApi.guild(guildId), user(userId));
		return this.rest.exchange(RestRequest.of(route).withAuditLogReason(auditLogReason));
	}

	/**
	 * Ban up to {@value #MAX_BULK_BAN} users at once ({@code POST /guilds/{guild.id}/bulk-ban}). Users who cannot be
	 * banned or are banned already are listed as failed; when none could be banned Discord answers 500000.
	 * @param guildId the guild
	 * @param userIds 1 to 200 distinct users
	 * @param deleteMessages how far back to delete their messages: zero to 7 days
	 * @param auditLogReason the reason, or {@code null}
	 * @return who was banned and who was not
	 */
	public Mono<BulkBanResult> bulkBan(Snowflake guildId, List<Snowflake> userIds, Duration deleteMessages,
			String auditLogReason) {
		Route route = Route.post("/guilds/{guild.id}/bulk-ban", RoleApi.guild(guildId));
		List<Snowflake> ids = Checks.ids("userIds", RoleApi.require("userIds", userIds), MAX_BULK_BAN);
		if (ids.isEmpty()) {
			throw new IllegalArgumentException("'userIds' must hold 1 to " + MAX_BULK_BAN + " ids");
		}
		Map<String, Object> body = deleteBody(deleteMessages);
		body.put("user_ids", Checks.json(ids));
		return this.rest.exchange(RestRequest.of(route, BulkBanResult.class)
			.withBody(body)
			.withAuditLogReason(auditLogReason));
	}

	private static Map<String, Object> deleteBody(Duration deleteMessages) {
		RoleApi.require("deleteMessages", deleteMessages);
		if (deleteMessages.isNegative() || deleteMessages.compareTo(MAX_DELETE_MESSAGES) > 0
				|| deleteMessages.getNano() != 0) {
			throw new IllegalArgumentException("'deleteMessages' must be whole seconds from 0 to 7 days ("
					+ MAX_DELETE_MESSAGES.toSeconds() + " s) but was " + deleteMessages);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("delete_message_seconds", deleteMessages.toSeconds());
		return body;
	}

	private static long user(Snowflake userId) {
		return Checks.id("userId", userId).value();
	}

	@Override
	public String toString() {
		return "BanApi[" + this.rest + "]";
	}

}
