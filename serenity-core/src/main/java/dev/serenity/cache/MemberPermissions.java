package dev.serenity.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.serenity.model.Channel;
import dev.serenity.model.Guild;
import dev.serenity.model.Member;
import dev.serenity.model.Permissions;
import dev.serenity.model.Role;
import dev.serenity.model.Snowflake;

/**
 * A cached member's base permissions, ready to be applied to a channel with {@link PermissionCalculator}.
 */
final class MemberPermissions {

	private final long guildId;

	private final long userId;

	private final List<Long> roleIds;

	private final Permissions base;

	private final boolean timedOut;

	private MemberPermissions(long guildId, long userId, List<Long> roleIds, Permissions base, boolean timedOut) {
		this.guildId = guildId;
		this.userId = userId;
		this.roleIds = roleIds;
		this.base = base;
		this.timedOut = timedOut;
	}

	/**
	 * Gather what the computation needs from the cache.
	 * @return the member's base permissions, or empty when the guild, its @everyone role or the member is missing
	 */
	static Optional<MemberPermissions> of(CacheStores stores, long guildId, long userId) {
		Guild guild = stores.guilds.peek(Snowflake.of(guildId));
		Member member = stores.members.peek(GuildKey.of(guildId, userId));
		Role everyone = stores.roles.peek(GuildKey.of(guildId, guildId));
		if (guild == null || member == null || everyone == null || guild.ownerId() == null) {
			return Optional.empty();
		}
		List<Long> roleIds = new ArrayList<>(member.roles().size());
		List<Permissions> rolePermissions = new ArrayList<>(member.roles().size());
		for (Snowflake roleId : member.roles()) {
			roleIds.add(roleId.value());
			Role role = stores.roles.peek(GuildKey.of(guildId, roleId.value()));
			if (role != null && role.permissions() != null) {
				rolePermissions.add(role.permissions());
			}
		}
		Permissions everyonePermissions = (everyone.permissions() != null) ? everyone.permissions() : Permissions.NONE;
		Permissions base = PermissionCalculator.base(guild.ownerId().value(), userId, everyonePermissions,
				rolePermissions);
		return Optional.of(new MemberPermissions(guildId, userId, roleIds, base,
				member.timedOutAt(stores.clock.instant())));
	}

	Permissions guildLevel() {
		return PermissionCalculator.timeout(this.base, this.base, this.timedOut);
	}

	Permissions in(Channel channel) {
		Permissions permissions = PermissionCalculator.overwrites(this.base, this.guildId, this.userId, this.roleIds,
				channel.permissionOverwrites());
		permissions = PermissionCalculator.timeout(this.base, permissions, this.timedOut);
		return PermissionCalculator.implicit(permissions, channel.type());
	}

}
