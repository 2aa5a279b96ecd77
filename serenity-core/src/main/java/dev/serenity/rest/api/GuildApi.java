package dev.serenity.rest.api;

import java.util.Objects;

import dev.serenity.model.AuditLog;
import dev.serenity.model.Guild;
import dev.serenity.model.GuildPreview;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;

/**
 * The guild endpoints of Discord's REST API, typed: read a guild (optionally with approximate counts), read its
 * preview, change its settings and read its audit log. Members, roles and bans have their own APIs ({@link MemberApi},
 * {@link RoleApi}, {@link BanApi}). Built on a {@link DiscordRest} ({@code new GuildApi(client.rest())}).
 * Arguments are checked when a method is called, before anything is sent.
 */
public final class GuildApi {

	private static final String GUILD_ROUTE = "/guilds/{guild.id}";

	private final DiscordRest rest;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public GuildApi(DiscordRest rest) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
	}

	/**
	 * Read a guild ({@code GET /guilds/{guild.id}}).
	 * @param guildId the guild
	 * @param withCounts whether to include {@code approximate_member_count} and {@code approximate_presence_count}
	 * @return the guild
	 */
	public Mono<Guild> get(Snowflake guildId, boolean withCounts) {
		Route route = Route.get(GUILD_ROUTE, RoleApi.guild(guildId));
		return this.rest.exchange(RestRequest.of(route, Guild.class).withQuery("with_counts", withCounts));
	}

	/**
	 * Read a guild's preview ({@code GET /guilds/{guild.id}/preview}): for a guild the bot is in, or a discoverable
	 * one.
	 * @param guildId the guild
	 * @return the preview
	 */
	public Mono<GuildPreview> preview(Snowflake guildId) {
		Route route = Route.get(GUILD_ROUTE + "/preview", RoleApi.guild(guildId));
		return this.rest.exchange(RestRequest.of(route, GuildPreview.class));
	}

	/**
	 * Change a guild's settings ({@code PATCH /guilds/{guild.id}}; needs Manage Guild); Discord dispatches
	 * GUILD_UPDATE.
	 * @param guildId the guild
	 * @param edit the change
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the guild as changed
	 */
	public Mono<Guild> edit(Snowflake guildId, GuildEdit edit, String auditLogReason) {
		Route route = Route.patch(GUILD_ROUTE, RoleApi.guild(guildId));
		RoleApi.require("edit", edit);
		return this.rest.exchange(RestRequest.of(route, Guild.class)
			.withBody(edit.toJson())
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Read a page of the guild's audit log ({@code GET /guilds/{guild.id}/audit-logs}; needs View Audit Log).
	 * @param guildId the guild
	 * @param query which entries
	 * @return the entries, newest first, and the users they name
	 */
	public Mono<AuditLog> auditLog(Snowflake guildId, AuditLogQuery query) {
		Route route = Route.get(GUILD_ROUTE + "/audit-logs", RoleApi.guild(guildId));
		RoleApi.require("query", query);
		RestRequest<AuditLog> request = RestRequest.of(route, AuditLog.class).withQuery("limit", query.limit());
		if (query.userId() != null) {
			request = request.withQuery("user_id", query.userId().value());
		}
		if (query.actionType() != null) {
			request = request.withQuery("action_type", query.actionType());
		}
		if (query.before() != null) {
			request = request.withQuery("before", query.before().value());
		}
		if (query.after() != null) {
			request = request.withQuery("after", query.after().value());
		}
		return this.rest.exchange(request);
	}

	@Override
	public String toString() {
		return "GuildApi[" + this.rest + "]";
	}

}
