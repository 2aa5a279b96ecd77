package dev.serenity.cache;

import java.util.Collection;

import dev.serenity.model.ChannelType;
import dev.serenity.model.OverwriteType;
import dev.serenity.model.Permission;
import dev.serenity.model.PermissionOverwrite;
import dev.serenity.model.Permissions;

/**
 * Discord's documented permission algorithm (topics/permissions): base permissions from the owner, @everyone and
 * the member's roles, administrator; channel overwrites for @everyone, then the member's roles, then the member;
 * timed-out members keep only VIEW_CHANNEL and READ_MESSAGE_HISTORY (owners and administrators are exempt); and the
 * implicit rules (no VIEW_CHANNEL means nothing in the channel; no SEND_MESSAGES in a text channel means no
 * MENTION_EVERYONE, SEND_TTS_MESSAGES, ATTACH_FILES or EMBED_LINKS). Pure functions over ids and bit sets, so they
 * are easy to check against the documentation.
 */
public final class PermissionCalculator {

	private static final long ADMINISTRATOR = Permission.ADMINISTRATOR.mask();

	private static final long TIMED_OUT_KEPT = Permission.VIEW_CHANNEL.mask() | Permission.READ_MESSAGE_HISTORY.mask();

	private static final long NEED_SEND_MESSAGES = Permission.MENTION_EVERYONE.mask()
			| Permission.SEND_TTS_MESSAGES.mask() | Permission.ATTACH_FILES.mask() | Permission.EMBED_LINKS.mask();

	private PermissionCalculator() {
	}

	/**
	 * Compute a member's guild-level permissions ({@code compute_base_permissions}).
	 * @param ownerId the guild owner
	 * @param userId the member
	 * @param everyone the permissions of the @everyone role
	 * @param roles the permissions of the member's roles
	 * @return every permission for the owner or an administrator, else the union
	 */
	public static Permissions base(long ownerId, long userId, Permissions everyone, Collection<Permissions> roles) {
		if (ownerId == userId) {
			return Permissions.ALL;
		}
		long permissions = everyone.value();
		for (Permissions role : roles) {
			permissions |= role.value();
		}
		return ((permissions & ADMINISTRATOR) != 0) ? Permissions.ALL : Permissions.of(permissions);
	}

	/**
	 * Apply a channel's overwrites to base permissions ({@code compute_overwrites}).
	 * @param base the base permissions
	 * @param guildId the guild (the id of the @everyone overwrite)
	 * @param userId the member
	 * @param roleIds the member's role ids
	 * @param overwrites the channel's overwrites
	 * @return the permissions in the channel
	 */
	public static Permissions overwrites(Permissions base, long guildId, long userId, Collection<Long> roleIds,
			Collection<PermissionOverwrite> overwrites) {
		if ((base.value() & ADMINISTRATOR) != 0) {
			return Permissions.ALL;
		}
		long permissions = base.value();
		PermissionOverwrite everyone = find(overwrites, guildId, OverwriteType.ROLE);
		if (everyone != null) {
			permissions = (permissions & ~bits(everyone.deny())) | bits(everyone.allow());
		}
		long allow = 0;
		long deny = 0;
		for (PermissionOverwrite overwrite : overwrites) {
			if (overwrite.type() == OverwriteType.ROLE && overwrite.id() != null && overwrite.id().value() != guildId
					&& roleIds.contains(overwrite.id().value())) {
				allow |= bits(overwrite.allow());
				deny |= bits(overwrite.deny());
			}
		}
		permissions = (permissions & ~deny) | allow;
		PermissionOverwrite member = find(overwrites, userId, OverwriteType.MEMBER);
		if (member != null) {
			permissions = (permissions & ~bits(member.deny())) | bits(member.allow());
		}
		return Permissions.of(permissions);
	}

	/**
	 * Restrict the permissions of a timed-out member.
	 * @param base the member's base permissions (administrators and owners are exempt)
	 * @param permissions the permissions computed so far
	 * @param timedOut whether the member is timed out now
	 * @return the permissions
	 */
	public static Permissions timeout(Permissions base, Permissions permissions, boolean timedOut) {
		if (!timedOut || (base.value() & ADMINISTRATOR) != 0) {
			return permissions;
		}
		return Permissions.of(permissions.value() & TIMED_OUT_KEPT);
	}

	/**
	 * Apply the implicit rules of a channel.
	 * @param permissions the permissions in the channel
	 * @param type the channel's type, or {@code null}
	 * @return the permissions a member can use
	 */
	public static Permissions implicit(Permissions permissions, ChannelType type) {
		long value = permissions.value();
		if ((value & ADMINISTRATOR) != 0) {
			return permissions;
		}
		if ((value & Permission.VIEW_CHANNEL.mask()) == 0) {
			return Permissions.NONE;
		}
		if (textual(type) && (value & Permission.SEND_MESSAGES.mask()) == 0) {
			value &= ~NEED_SEND_MESSAGES;
		}
		return Permissions.of(value);
	}

	private static boolean textual(ChannelType type) {
		return type == ChannelType.GUILD_TEXT || type == ChannelType.GUILD_ANNOUNCEMENT
				|| type == ChannelType.GUILD_FORUM || type == ChannelType.GUILD_VOICE
				|| type == ChannelType.GUILD_STAGE_VOICE;
	}

	private static PermissionOverwrite find(Collection<PermissionOverwrite> overwrites, long id, OverwriteType type) {
		for (PermissionOverwrite overwrite : overwrites) {
			if (overwrite.id() != null && overwrite.id().value() == id && overwrite.type() == type) {
				return overwrite;
			}
		}
		return null;
	}

	private static long bits(Permissions permissions) {
		return (permissions != null) ? permissions.value() : 0;
	}

}
