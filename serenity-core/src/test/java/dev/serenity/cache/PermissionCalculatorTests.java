package dev.serenity.cache;

import java.util.List;
import java.util.stream.Stream;

import dev.serenity.model.ChannelType;
import dev.serenity.model.OverwriteType;
import dev.serenity.model.Permission;
import dev.serenity.model.PermissionOverwrite;
import dev.serenity.model.Permissions;
import dev.serenity.model.Snowflake;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.serenity.model.Permission.ADMINISTRATOR;
import static dev.serenity.model.Permission.ATTACH_FILES;
import static dev.serenity.model.Permission.EMBED_LINKS;
import static dev.serenity.model.Permission.KICK_MEMBERS;
import static dev.serenity.model.Permission.MANAGE_MESSAGES;
import static dev.serenity.model.Permission.MENTION_EVERYONE;
import static dev.serenity.model.Permission.READ_MESSAGE_HISTORY;
import static dev.serenity.model.Permission.SEND_MESSAGES;
import static dev.serenity.model.Permission.VIEW_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission computation against a table built from Discord's documented algorithm (topics/permissions:
 * "Permission Overwrites", "Implicit Permissions", "Permissions For Timed Out Members").
 */
class PermissionCalculatorTests {

	private static final long GUILD = 1000;

	private static final long OWNER = 1;

	private static final long USER = 2;

	private static final long ROLE_A = 10;

	private static final long ROLE_B = 11;

	static Stream<Arguments> table() {
		return Stream.of(
				// case, @everyone, role permissions, overwrites, timed out, expected
				row("owner gets everything even with nothing granted and everything denied", OWNER, perms(),
						List.of(), List.of(everyone(perms(), Permissions.ALL)), false, Permissions.ALL),
				row("@everyone grants the base", USER, perms(VIEW_CHANNEL, SEND_MESSAGES), List.of(), List.of(), false,
						perms(VIEW_CHANNEL, SEND_MESSAGES)),
				row("roles add to @everyone", USER, perms(VIEW_CHANNEL), List.of(perms(SEND_MESSAGES),
						perms(KICK_MEMBERS)), List.of(), false, perms(VIEW_CHANNEL, SEND_MESSAGES, KICK_MEMBERS)),
				row("administrator in a role means everything", USER, perms(VIEW_CHANNEL), List.of(perms(ADMINISTRATOR)),
						List.of(), false, Permissions.ALL),
				row("administrator ignores overwrites", USER, perms(ADMINISTRATOR), List.of(),
						List.of(everyone(perms(), perms(VIEW_CHANNEL)), member(perms(), Permissions.ALL)), false,
						Permissions.ALL),
				row("@everyone overwrite denies then allows", USER, perms(VIEW_CHANNEL, SEND_MESSAGES), List.of(),
						List.of(everyone(perms(MANAGE_MESSAGES), perms(SEND_MESSAGES))), false,
						perms(VIEW_CHANNEL, MANAGE_MESSAGES)),
				row("role overwrites: an allow of one role beats a deny of another", USER, perms(VIEW_CHANNEL),
						List.of(perms(), perms()),
						List.of(role(ROLE_A, perms(), perms(SEND_MESSAGES)), role(ROLE_B, perms(SEND_MESSAGES), perms())),
						false, perms(VIEW_CHANNEL, SEND_MESSAGES)),
				row("role overwrite beats @everyone overwrite", USER, perms(VIEW_CHANNEL), List.of(perms()),
						List.of(everyone(perms(), perms(VIEW_CHANNEL)), role(ROLE_A, perms(VIEW_CHANNEL), perms())),
						false, perms(VIEW_CHANNEL)),
				row("member overwrite beats role overwrites", USER, perms(VIEW_CHANNEL, SEND_MESSAGES), List.of(perms()),
						List.of(role(ROLE_A, perms(MANAGE_MESSAGES), perms()), member(perms(), perms(MANAGE_MESSAGES))),
						false, perms(VIEW_CHANNEL, SEND_MESSAGES)),
				row("overwrites of roles the member lacks do not apply", USER, perms(VIEW_CHANNEL), List.of(perms()),
						List.of(role(99, perms(SEND_MESSAGES), perms())), false, perms(VIEW_CHANNEL)),
				row("no VIEW_CHANNEL means nothing in the channel", USER, perms(VIEW_CHANNEL, SEND_MESSAGES),
						List.of(), List.of(everyone(perms(), perms(VIEW_CHANNEL))), false, perms()),
				row("no SEND_MESSAGES drops mention everyone, files and embeds", USER,
						perms(VIEW_CHANNEL, MENTION_EVERYONE, ATTACH_FILES, EMBED_LINKS, READ_MESSAGE_HISTORY), List.of(),
						List.of(), false, perms(VIEW_CHANNEL, READ_MESSAGE_HISTORY)),
				row("timed out keeps only view and history", USER,
						perms(VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY, KICK_MEMBERS), List.of(), List.of(), true,
						perms(VIEW_CHANNEL, READ_MESSAGE_HISTORY)),
				row("timed-out administrators are exempt", USER, perms(ADMINISTRATOR), List.of(), List.of(), true,
						Permissions.ALL),
				row("timed-out owners are exempt", OWNER, perms(), List.of(), List.of(), true, Permissions.ALL));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void permissionsInAChannelFollowDiscordsAlgorithm(String name, long userId, Permissions everyone,
			List<Permissions> roles, List<PermissionOverwrite> overwrites, boolean timedOut, Permissions expected) {
		List<Long> roleIds = (roles.size() == 2) ? List.of(ROLE_A, ROLE_B) : (roles.size() == 1) ? List.of(ROLE_A)
				: List.of();
		Permissions base = PermissionCalculator.base(OWNER, userId, everyone, roles);
		Permissions channel = PermissionCalculator.overwrites(base, GUILD, userId, roleIds, overwrites);
		Permissions result = PermissionCalculator.implicit(PermissionCalculator.timeout(base, channel, timedOut),
				ChannelType.GUILD_TEXT);
		assertThat(result).as(name).isEqualTo(expected);
	}

	private static Arguments row(String name, long userId, Permissions everyone, List<Permissions> roles,
			List<PermissionOverwrite> overwrites, boolean timedOut, Permissions expected) {
		return Arguments.of(name, userId, everyone, roles, overwrites, timedOut, expected);
	}

	private static Permissions perms(Permission... permissions) {
		return Permissions.of(permissions);
	}

	private static PermissionOverwrite everyone(Permissions allow, Permissions deny) {
		return new PermissionOverwrite(Snowflake.of(GUILD), OverwriteType.ROLE, allow, deny);
	}

	private static PermissionOverwrite role(long id, Permissions allow, Permissions deny) {
		return new PermissionOverwrite(Snowflake.of(id), OverwriteType.ROLE, allow, deny);
	}

	private static PermissionOverwrite member(Permissions allow, Permissions deny) {
		return new PermissionOverwrite(Snowflake.of(USER), OverwriteType.MEMBER, allow, deny);
	}

}
