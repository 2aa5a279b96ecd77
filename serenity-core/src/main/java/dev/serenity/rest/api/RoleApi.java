package dev.serenity.rest.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.serenity.model.Role;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The role endpoints of Discord's REST API, typed: list, read, count members, create, edit, reorder and delete.
 * Built on a {@link DiscordRest} ({@code new RoleApi(client.rest())}).
 *
 * <p>Changing roles needs Manage Roles, and Discord lets a bot change only roles below its own highest role
 * (otherwise 403 {@link dev.serenity.rest.JsonErrorCode#MISSING_PERMISSIONS}). Arguments are checked when a method
 * is called, before anything is sent; the publishers are lazy like {@link DiscordRest#exchange}.
 */
public final class RoleApi {

	/** Most roles a guild may have. */
	public static final int MAX_ROLES = 250;

	private static final TypeReference<List<Role>> ROLES = new TypeReference<>() {
	};

	private static final TypeReference<Map<Snowflake, Integer>> COUNTS = new TypeReference<>() {
	};

	private static final String ROLES_ROUTE = "/guilds/{guild.id}/roles";

	private static final String ROLE_ROUTE = ROLES_ROUTE + "/{role.id}";

	private final DiscordRest rest;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public RoleApi(DiscordRest rest) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
	}

	/**
	 * List a guild's roles ({@code GET /guilds/{guild.id}/roles}).
	 * @param guildId the guild
	 * @return the roles
	 */
	public Mono<List<Role>> list(Snowflake guildId) {
		return this.rest.exchange(RestRequest.of(Route.get(ROLES_ROUTE, guild(guildId)), ROLES))
			.defaultIfEmpty(List.of());
	}

	/**
	 * Read one role ({@code GET /guilds/{guild.id}/roles/{role.id}}).
	 * @param guildId the guild
	 * @param roleId the role
	 * @return the role
	 */
	public Mono<Role> get(Snowflake guildId, Snowflake roleId) {
		return this.rest.exchange(RestRequest.of(Route.get(ROLE_ROUTE, guild(guildId), role(roleId)), Role.class));
	}

	/**
	 * Count the members of each role but {@code @everyone} ({@code GET /guilds/{guild.id}/roles/member-counts}).
	 * @param guildId the guild
	 * @return the member count by role id
	 */
	public Mono<Map<Snowflake, Integer>> memberCounts(Snowflake guildId) {
		return this.rest.exchange(RestRequest.of(Route.get(ROLES_ROUTE + "/member-counts", guild(guildId)), COUNTS))
			.defaultIfEmpty(Map.of());
	}

	/**
	 * Create a role ({@code POST /guilds/{guild.id}/roles}); it is placed just above {@code @everyone}.
	 * @param guildId the guild
	 * @param role the role
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the role created
	 */
	public Mono<Role> create(Snowflake guildId, RoleCreate role, String auditLogReason) {
		Route route = Route.post(ROLES_ROUTE, guild(guildId));
		require("role", role);
		return this.rest.exchange(RestRequest.of(route, Role.class)
			.withBody(role.toJson())
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Edit a role ({@code PATCH /guilds/{guild.id}/roles/{role.id}}).
	 * @param guildId the guild
	 * @param roleId the role
	 * @param edit the change
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the role as edited
	 */
	public Mono<Role> edit(Snowflake guildId, Snowflake roleId, RoleEdit edit, String auditLogReason) {
		Route route = Route.patch(ROLE_ROUTE, guild(guildId), role(roleId));
		require("edit", edit);
		return this.rest.exchange(RestRequest.of(route, Role.class)
			.withBody(edit.toJson())
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Move roles ({@code PATCH /guilds/{guild.id}/roles}); the other roles shift to make room.
	 * @param guildId the guild
	 * @param positions the roles to move, each once
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return every role of the guild, in their new positions
	 * @throws IllegalArgumentException naming {@code positions} when empty or a role is listed twice
	 */
	public Mono<List<Role>> reorder(Snowflake guildId, List<RolePosition> positions, String auditLogReason) {
		Route route = Route.patch(ROLES_ROUTE, guild(guildId));
		List<RolePosition> list = Checks.list("positions", require("positions", positions), MAX_ROLES);
		if (list.isEmpty()) {
			throw new IllegalArgumentException("'positions' must not be empty");
		}
		Checks.ids("positions", list.stream().map(RolePosition::roleId).toList(), list.size());
		return this.rest.exchange(RestRequest.of(route, ROLES)
			.withBody(list.stream().map(RolePosition::toJson).toList())
			.withAuditLogReason(auditLogReason)).defaultIfEmpty(List.of());
	}

	/**
	 * Delete a role ({@code DELETE /guilds/{guild.id}/roles/{role.id}}).
	 * @param guildId the guild
	 * @param roleId the role
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when deleted
	 */
	public Mono<Void> delete(Snowflake guildId, Snowflake roleId, String auditLogReason) {
		Route route = Route.delete(ROLE_ROUTE, guild(guildId), role(roleId));
		return this.rest.exchange(RestRequest.of(route).withAuditLogReason(auditLogReason));
	}

	static long guild(Snowflake guildId) {
		return Checks.id("guildId", guildId).value();
	}

	private static long role(Snowflake roleId) {
		return Checks.id("roleId", roleId).value();
	}

	static <T> T require(String field, T value) {
		if (value == null) {
			throw new IllegalArgumentException("'" + field + "' must not be null");
		}
		return value;
	}

	@Override
	public String toString() {
		return "RoleApi[" + this.rest + "]";
	}

}
