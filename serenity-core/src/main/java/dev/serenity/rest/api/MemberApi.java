package dev.serenity.rest.api;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.serenity.model.Member;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The member endpoints of Discord's REST API, typed: read, list, search, edit (nickname, roles, voice, timeout),
 * add and remove roles, and kick. Built on a {@link DiscordRest} ({@code new MemberApi(client.rest())}).
 *
 * <pre>{@code
 * MemberApi members = new MemberApi(client.rest());
 * members.timeout(guildId, userId, Duration.ofMinutes(10), "spam").subscribe();
 * members.addRole(guildId, userId, roleId, "verified").subscribe();
 * }</pre>
 *
 * <p>Listing members needs the privileged GUILD_MEMBERS intent. Discord lets a bot act only on members whose
 * highest role is below the bot's, never on the owner (otherwise 403
 * {@link dev.serenity.rest.JsonErrorCode#MISSING_PERMISSIONS}). Arguments are checked when a method is called,
 * before anything is sent; the publishers are lazy like {@link DiscordRest#exchange}.
 */
public final class MemberApi {

	/** Fewest members one page lists. */
	public static final int MIN_LIMIT = 1;

	/** Most members one page lists. */
	public static final int MAX_LIMIT = 1000;

	/** Longest timeout Discord accepts. */
	public static final Duration MAX_TIMEOUT = Duration.ofDays(28);

	private static final TypeReference<List<Member>> MEMBERS = new TypeReference<>() {
	};

	private static final String MEMBERS_ROUTE = "/guilds/{guild.id}/members";

	private static final String MEMBER_ROUTE = MEMBERS_ROUTE + "/{user.id}";

	private final DiscordRest rest;

	private final Clock clock;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public MemberApi(DiscordRest rest) {
		this(rest, Clock.systemUTC());
	}

	/**
	 * Create the endpoints with the clock {@link #timeout} counts from.
	 * @param rest the client
	 * @param clock the clock
	 */
	public MemberApi(DiscordRest rest, Clock clock) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
	}

	/**
	 * Read a member ({@code GET /guilds/{guild.id}/members/{user.id}}).
	 * @param guildId the guild
	 * @param userId the user
	 * @return the member
	 */
	public Mono<Member> get(Snowflake guildId, Snowflake userId) {
		return this.rest.exchange(RestRequest.of(Route.get(MEMBER_ROUTE, guild(guildId), user(userId)),
				Member.class));
	}

	/**
	 * List members by ascending user id ({@code GET /guilds/{guild.id}/members}; needs GUILD_MEMBERS).
	 * @param guildId the guild
	 * @param limit {@value #MIN_LIMIT} to {@value #MAX_LIMIT}
	 * @param after list users with a higher id only, or {@code null} from the start
	 * @return the members
	 */
	public Mono<List<Member>> list(Snowflake guildId, int limit, Snowflake after) {
		Route route = Route.get(MEMBERS_ROUTE, guild(guildId));
		RestRequest<List<Member>> request = RestRequest.of(route, MEMBERS).withQuery("limit", limit(limit));
		if (after != null) {
			request = request.withQuery("after", Checks.id("after", after).value());
		}
		return this.rest.exchange(request).defaultIfEmpty(List.of());
	}

	/**
	 * Find members whose username or nickname starts with a text
	 * ({@code GET /guilds/{guild.id}/members/search}).
	 * @param guildId the guild
	 * @param query the prefix, not blank
	 * @param limit {@value #MIN_LIMIT} to {@value #MAX_LIMIT}
	 * @return the members found
	 */
	public Mono<List<Member>> search(Snowflake guildId, String query, int limit) {
		Route route = Route.get(MEMBERS_ROUTE + "/search", guild(guildId));
		if (query == null || query.isBlank()) {
			throw new IllegalArgumentException("'query' must not be blank");
		}
		return this.rest.exchange(RestRequest.of(route, MEMBERS).withQuery("query", query)
			.withQuery("limit", limit(limit))).defaultIfEmpty(List.of());
	}

	/**
	 * Edit a member ({@code PATCH /guilds/{guild.id}/members/{user.id}}); Discord dispatches GUILD_MEMBER_UPDATE.
	 * @param guildId the guild
	 * @param userId the member
	 * @param edit the change
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the member as edited
	 */
	public Mono<Member> edit(Snowflake guildId, Snowflake userId, MemberEdit edit, String auditLogReason) {
		Route route = Route.patch(MEMBER_ROUTE, guild(guildId), user(userId));
		RoleApi.require("edit", edit);
		return this.rest.exchange(RestRequest.of(route, Member.class)
			.withBody(edit.toJson())
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Time a member out: they cannot talk, react or join voice until the timeout ends.
	 * @param guildId the guild
	 * @param userId the member
	 * @param duration more than zero, at most 28 days
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the member as edited
	 * @throws IllegalArgumentException naming {@code duration} when it is not positive or longer than 28 days
	 */
	public Mono<Member> timeout(Snowflake guildId, Snowflake userId, Duration duration, String auditLogReason) {
		RoleApi.require("duration", duration);
		if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_TIMEOUT) > 0) {
			throw new IllegalArgumentException("'duration' must be more than zero and at most 28 days but was "
					+ duration);
		}
		return edit(guildId, userId, MemberEdit.builder()
			.communicationDisabledUntil(this.clock.instant().plus(duration))
			.build(), auditLogReason);
	}

	/**
	 * End a member's timeout.
	 * @param guildId the guild
	 * @param userId the member
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the member as edited
	 */
	public Mono<Member> removeTimeout(Snowflake guildId, Snowflake userId, String auditLogReason) {
		return edit(guildId, userId, MemberEdit.builder().communicationDisabledUntil(null).build(), auditLogReason);
	}

	/**
	 * Change the bot's own nickname ({@code PATCH /guilds/{guild.id}/members/@me}; needs Change Nickname).
	 * @param guildId the guild
	 * @param nick at most {@value MemberEdit#MAX_NICK_LENGTH} characters, or {@code null} to reset
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the bot's member
	 */
	public Mono<Member> editCurrentNick(Snowflake guildId, String nick, String auditLogReason) {
		Route route = Route.patch(MEMBERS_ROUTE + "/@me", guild(guildId));
		Checks.content("nick", nick, MemberEdit.MAX_NICK_LENGTH);
		Map<String, Object> body = new HashMap<>();
		body.put("nick", nick);
		return this.rest.exchange(RestRequest.of(route, Member.class)
			.withBody(body)
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Give a member a role ({@code PUT /guilds/{guild.id}/members/{user.id}/roles/{role.id}}).
	 * @param guildId the guild
	 * @param userId the member
	 * @param roleId the role, below the bot's highest role
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when added
	 */
	public Mono<Void> addRole(Snowflake guildId, Snowflake userId, Snowflake roleId, String auditLogReason) {
		Route route = Route.put(MEMBER_ROUTE + "/roles/{role.id}", guild(guildId), user(userId),
				Checks.id("roleId", roleId).value());
		return this.rest.exchange(RestRequest.of(route).withAuditLogReason(auditLogReason));
	}

	/**
	 * Take a role from a member ({@code DELETE /guilds/{guild.id}/members/{user.id}/roles/{role.id}}).
	 * @param guildId the guild
	 * @param userId the member
	 * @param roleId the role, below the bot's highest role
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when removed
	 */
	public Mono<Void> removeRole(Snowflake guildId, Snowflake userId, Snowflake roleId, String auditLogReason) {
		Route route = Route.delete(MEMBER_ROUTE + "/roles/{role.id}", guild(guildId), user(userId),
				Checks.id("roleId", roleId).value());
		return this.rest.exchange(RestRequest.of(route).withAuditLogReason(auditLogReason));
	}

	/**
	 * Kick a member ({@code DELETE /guilds/{guild.id}/members/{user.id}}; needs Kick Members); Discord dispatches
	 * GUILD_MEMBER_REMOVE.
	 * @param guildId the guild
	 * @param userId the member
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when kicked
	 */
	public Mono<Void> kick(Snowflake guildId, Snowflake userId, String auditLogReason) {
		Route route = Route.delete(MEMBER_ROUTE, guild(guildId), user(userId));
		return this.rest.exchange(RestRequest.of(route).withAuditLogReason(auditLogReason));
	}

	private static long guild(Snowflake guildId) {
		return RoleApi.guild(guildId);
	}

	private static long user(Snowflake userId) {
		return Checks.id("userId", userId).value();
	}

	private static int limit(int limit) {
		if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("'limit' must be from " + MIN_LIMIT + " to " + MAX_LIMIT + " but was "
					+ limit);
		}
		return limit;
	}

	@Override
	public String toString() {
		return "MemberApi[" + this.rest + "]";
	}

}
