package dev.serenity.simulator.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.simulator.GuildControl;
import dev.serenity.simulator.world.SimAuditLogEntry;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimRole;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The role routes: list, get, member counts, create, modify, reorder and delete, with Discord's checks (Manage
 * Roles, the role hierarchy, no granting of permissions the bot lacks, the 250 role limit, role icons only with the
 * {@code ROLE_ICONS} feature). Changes go through {@link GuildControl}, which sends GUILD_ROLE_CREATE/UPDATE/DELETE.
 */
final class RoleRoutes {

	/** Most roles a guild may have. */
	static final int MAX_ROLES = 250;

	/** Most characters of a role name. */
	static final int MAX_NAME_LENGTH = 100;

	/** Name of a role created without one. */
	static final String DEFAULT_NAME = "new role";

	private static final int MAX_COLOR = 0xFFFFFF;

	private final RestApi rest;

	RoleRoutes(RestApi rest) {
		this.rest = rest;
	}

	void register(Router router) {
		router.route("GET", "/guilds/{guild_id}/roles", this::list)
			.route("GET", "/guilds/{guild_id}/roles/member-counts", this::memberCounts)
			.route("GET", "/guilds/{guild_id}/roles/{role_id}", (call) -> this.rest.json().role(role(call)))
			.route("POST", "/guilds/{guild_id}/roles", this::create)
			.route("PATCH", "/guilds/{guild_id}/roles", this::positions)
			.route("PATCH", "/guilds/{guild_id}/roles/{role_id}", this::modify)
			.route("DELETE", "/guilds/{guild_id}/roles/{role_id}", this::delete);
	}

	private GuildControl guilds() {
		return this.rest.control().guilds();
	}

	private long bot() {
		return this.rest.world().bot().id();
	}

	private SimRole role(HttpCall call) {
		SimRole role = this.rest.guild(call).roles().get(call.id("role_id"));
		if (role == null) {
			throw new HttpError(404, 10011, "Unknown Role");
		}
		return role;
	}

	private JsonNode list(HttpCall call) {
		ArrayNode roles = WorldJson.array();
		sorted(this.rest.guild(call)).forEach((role) -> roles.add(this.rest.json().role(role)));
		return roles;
	}

	private JsonNode memberCounts(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		Map<Long, Integer> counts = new HashMap<>();
		guild.roles().keySet().stream().filter((id) -> id != guild.id()).forEach((id) -> counts.put(id, 0));
		for (SimMember member : guild.members().values()) {
			member.roles().forEach((id) -> counts.computeIfPresent(id, (key, count) -> count + 1));
		}
		ObjectNode json = WorldJson.object();
		counts.forEach((id, count) -> json.put(WorldJson.id(id), count));
		return json;
	}

	private JsonNode create(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		JsonNode body = GuildPayloads.object(call);
		GuildPermissions.require(guild, bot(), GuildPermissions.MANAGE_ROLES);
		if (guild.roles().size() >= MAX_ROLES) {
			throw new HttpError(400, 30005, "Maximum number of server roles reached (" + MAX_ROLES + ")");
		}
		SimRole role = apply(guild, new SimRole(this.rest.world().nextId(), DEFAULT_NAME, everyone(guild), 1), body);
		synchronized (guilds()) {
			for (SimRole other : sorted(guild)) {
				if (other.id() != guild.id() && other.position() >= 1) {
					guilds().updateRole(guild.id(), other.withPosition(other.position() + 1));
				}
			}
			SimRole created = guilds().createRole(guild.id(), role);
			GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.ROLE_CREATE, created.id());
			return this.rest.json().role(created);
		}
	}

	private JsonNode modify(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		SimRole role = role(call);
		JsonNode body = GuildPayloads.object(call);
		GuildPermissions.require(guild, bot(), GuildPermissions.MANAGE_ROLES);
		GuildPermissions.requireBelow(guild, bot(), role);
		SimRole updated = guilds().updateRole(guild.id(), apply(guild, role, body));
		GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.ROLE_UPDATE, role.id());
		return this.rest.json().role(updated);
	}

	private JsonNode delete(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		SimRole role = role(call);
		GuildPermissions.require(guild, bot(), GuildPermissions.MANAGE_ROLES);
		if (role.id() == guild.id() || role.managed()) {
			throw new HttpError(400, 50028, "Invalid Role");
		}
		GuildPermissions.requireBelow(guild, bot(), role);
		guilds().deleteRole(guild.id(), role.id());
		GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.ROLE_DELETE, role.id());
		return null;
	}

	private JsonNode positions(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		JsonNode body = call.requireJson();
		if (!body.isArray()) {
			throw HttpError.invalidForm(null, "BASE_TYPE_ARRAY", "Must be an array.");
		}
		GuildPermissions.require(guild, bot(), GuildPermissions.MANAGE_ROLES);
		int highest = GuildPermissions.highest(guild, bot());
		Map<Long, Integer> wanted = new HashMap<>();
		for (int i = 0; i < body.size(); i++) {
			JsonNode entry = body.get(i);
			long id = GuildPayloads.snowflake(entry.get("id"), i + ".id");
			SimRole role = guild.roles().get(id);
			if (role == null || id == guild.id()) {
				throw HttpError.invalidField(i + ".id", "UNKNOWN_ROLE", "Unknown role " + WorldJson.id(id) + ".");
			}
			Integer position = GuildPayloads.optionalInteger(entry, "position", 1, MAX_ROLES);
			if (position != null) {
				if (role.position() >= highest || position >= highest) {
					throw GuildPermissions.missing();
				}
				wanted.put(id, position);
			}
		}
		synchronized (guilds()) {
			List<SimRole> order = new ArrayList<>(sorted(guild));
			order.removeIf((role) -> role.id() == guild.id());
			order.sort(Comparator.comparingDouble((SimRole role) -> sortKey(role, wanted.get(role.id())))
				.thenComparingLong(SimRole::id));
			for (int i = 0; i < order.size(); i++) {
				SimRole role = order.get(i);
				if (role.position() != i + 1) {
					guilds().updateRole(guild.id(), role.withPosition(i + 1));
				}
			}
		}
		wanted.keySet().forEach((id) -> GuildPermissions.audit(this.rest, call, guild, SimAuditLogEntry.ROLE_UPDATE,
				id));
		return list(call);
	}

	/** A moved role lands at its new position; the roles it passes shift towards its old one. */
	private static double sortKey(SimRole role, Integer wanted) {
		if (wanted == null) {
			return role.position();
		}
		return (wanted > role.position()) ? wanted + 0.5 : wanted - 0.5;
	}

	private static List<SimRole> sorted(SimGuild guild) {
		return guild.roles()
			.values()
			.stream()
			.sorted(Comparator.comparingInt(SimRole::position).thenComparingLong(SimRole::id))
			.toList();
	}

	private static long everyone(SimGuild guild) {
		SimRole everyone = guild.roles().get(guild.id());
		return (everyone != null) ? everyone.permissions() : 0;
	}

	/** Apply the fields of a role body to a role, checking each. */
	private SimRole apply(SimGuild guild, SimRole role, JsonNode body) {
		String name = role.name();
		if (body.has("name")) {
			name = GuildPayloads.string(body, "name", 0, MAX_NAME_LENGTH);
			name = (name == null || name.isEmpty()) ? DEFAULT_NAME : name;
		}
		long permissions = role.permissions();
		if (body.hasNonNull("permissions")) {
			permissions = GuildPayloads.permissions(body, "permissions");
			long bot = GuildPermissions.of(guild, bot());
			if ((permissions & ~bot & ~role.permissions()) != 0) {
				throw GuildPermissions.missing();
			}
		}
		int color = role.color();
		Integer secondary = role.secondaryColor();
		Integer tertiary = role.tertiaryColor();
		if (body.has("color")) {
			Integer given = GuildPayloads.optionalInteger(body, "color", 0, MAX_COLOR);
			color = (given != null) ? given : 0;
		}
		JsonNode colors = body.get("colors");
		if (colors != null && !colors.isNull()) {
			Integer primary = GuildPayloads.optionalInteger(colors, "primary_color", 0, MAX_COLOR);
			color = (primary != null) ? primary : 0;
			secondary = GuildPayloads.optionalInteger(colors, "secondary_color", 0, MAX_COLOR);
			tertiary = GuildPayloads.optionalInteger(colors, "tertiary_color", 0, MAX_COLOR);
		}
		boolean hoist = body.hasNonNull("hoist") ? GuildPayloads.bool(body, "hoist") : role.hoist();
		boolean mentionable = body.hasNonNull("mentionable") ? GuildPayloads.bool(body, "mentionable")
				: role.mentionable();
		String icon = role.icon();
		String emoji = role.unicodeEmoji();
		if (body.hasNonNull("icon") || body.hasNonNull("unicode_emoji")) {
			throw new HttpError(400, 50101, "This server needs more boosts to perform this action");
		}
		if (body.has("icon")) {
			icon = null;
		}
		if (body.has("unicode_emoji")) {
			emoji = null;
		}
		return new SimRole(role.id(), name, permissions, role.position(), color, secondary, tertiary, hoist, icon,
				emoji, mentionable, role.managed());
	}

}
