package dev.serenity.rest.api;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.serenity.model.ApplicationCommand;
import dev.serenity.model.ApplicationCommandType;
import dev.serenity.model.GuildApplicationCommandPermissions;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The application command endpoints of Discord's REST API, typed: list, create (an upsert by name), read, edit,
 * delete and bulk overwrite the commands of an application, globally or in one guild, and read their guild
 * permissions. Built on a {@link DiscordRest} and the application's id (for a bot, its user id):
 *
 * <pre>{@code
 * ApplicationCommandApi commands = new ApplicationCommandApi(client.rest(), applicationId);
 * commands.bulkOverwriteGlobal(List.of(CommandCreate.slash("ping", "Answers pong").build())).block();
 * }</pre>
 *
 * <p>Every argument is checked when the method is called, before anything is sent; the returned publishers are lazy
 * like {@link DiscordRest#exchange}. Discord's errors arrive as {@link dev.serenity.rest.DiscordRestException}s
 * (e.g. {@code UNKNOWN_APPLICATION_COMMAND}, {@code MAX_APPLICATION_COMMANDS}).
 */
public final class ApplicationCommandApi {

	/** Most {@code CHAT_INPUT} commands of one scope (global, or one guild). */
	public static final int MAX_CHAT_INPUT_COMMANDS = 100;

	/** Most {@code USER} commands of one scope. */
	public static final int MAX_USER_COMMANDS = 15;

	/** Most {@code MESSAGE} commands of one scope. */
	public static final int MAX_MESSAGE_COMMANDS = 15;

	/** Most {@code PRIMARY_ENTRY_POINT} commands of an application. */
	public static final int MAX_ENTRY_POINT_COMMANDS = 1;

	/** Default of {@code withLocalizations} when listing. */
	public static final boolean DEFAULT_WITH_LOCALIZATIONS = false;

	private static final TypeReference<List<ApplicationCommand>> COMMANDS = new TypeReference<>() {
	};

	private static final TypeReference<List<GuildApplicationCommandPermissions>> PERMISSIONS = new TypeReference<>() {
	};

	private static final String GLOBAL = "/applications/{application.id}/commands";

	private static final String GLOBAL_ONE = GLOBAL + "/{command.id}";

	private static final String GUILD = "/applications/{application.id}/guilds/{guild.id}/commands";

	private static final String GUILD_ONE = GUILD + "/{command.id}";

	private final DiscordRest rest;

	private final long applicationId;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 * @param applicationId the application (for a bot, its user id)
	 */
	public ApplicationCommandApi(DiscordRest rest, Snowflake applicationId) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
		this.applicationId = Checks.id("applicationId", applicationId).value();
	}

	/**
	 * List the global commands ({@code GET /applications/{application.id}/commands}).
	 * @param withLocalizations whether to include every localization
	 * @return the commands
	 */
	public Mono<List<ApplicationCommand>> listGlobal(boolean withLocalizations) {
		Route route = Route.get(GLOBAL, this.applicationId);
		return list(route, withLocalizations);
	}

	/**
	 * Register a global command, or overwrite the one of the same name and type
	 * ({@code POST /applications/{application.id}/commands}).
	 * @param command the command
	 * @return the command as registered
	 */
	public Mono<ApplicationCommand> createGlobal(CommandCreate command) {
		Route route = Route.post(GLOBAL, this.applicationId);
		Checks.require("command", command);
		return this.rest.exchange(RestRequest.of(route, ApplicationCommand.class).withBody(command.toJson()));
	}

	/**
	 * Read a global command ({@code GET /applications/{application.id}/commands/{command.id}}).
	 * @param commandId the command
	 * @return the command
	 */
	public Mono<ApplicationCommand> getGlobal(Snowflake commandId) {
		Route route = Route.get(GLOBAL_ONE, this.applicationId, command(commandId));
		return this.rest.exchange(RestRequest.of(route, ApplicationCommand.class));
	}

	/**
	 * Edit a global command ({@code PATCH /applications/{application.id}/commands/{command.id}}).
	 * @param commandId the command
	 * @param edit the change
	 * @return the command as edited
	 */
	public Mono<ApplicationCommand> editGlobal(Snowflake commandId, CommandEdit edit) {
		Route route = Route.patch(GLOBAL_ONE, this.applicationId, command(commandId));
		Checks.require("edit", edit);
		return this.rest.exchange(RestRequest.of(route, ApplicationCommand.class).withBody(edit.toJson()));
	}

	/**
	 * Delete a global command ({@code DELETE /applications/{application.id}/commands/{command.id}}).
	 * @param commandId the command
	 * @return completes when deleted
	 */
	public Mono<Void> deleteGlobal(Snowflake commandId) {
		Route route = Route.delete(GLOBAL_ONE, this.applicationId, command(commandId));
		return this.rest.exchange(RestRequest.of(route));
	}

	/**
	 * Replace all global commands by the given ones ({@code PUT /applications/{application.id}/commands}); commands
	 * not listed are deleted, an empty list deletes all.
	 * @param commands the commands, distinct by type and name, at most 100 CHAT_INPUT, 15 USER and 15 MESSAGE
	 * @return the commands as registered
	 */
	public Mono<List<ApplicationCommand>> bulkOverwriteGlobal(List<CommandCreate> commands) {
		Route route = Route.put(GLOBAL, this.applicationId);
		return bulk(route, commands);
	}

	/**
	 * List the commands of one guild ({@code GET /applications/{application.id}/guilds/{guild.id}/commands}).
	 * @param guildId the guild
	 * @param withLocalizations whether to include every localization
	 * @return the commands
	 */
	public Mono<List<ApplicationCommand>> listGuild(Snowflake guildId, boolean withLocalizations) {
		Route route = Route.get(GUILD, this.applicationId, guild(guildId));
		return list(route, withLocalizations);
	}

	/**
	 * Register a guild command, or overwrite the one of the same name and type.
	 * @param guildId the guild
	 * @param command the command
	 * @return the command as registered
	 */
	public Mono<ApplicationCommand> createGuild(Snowflake guildId, CommandCreate command) {
		Route route = Route.post(GUILD, this.applicationId, guild(guildId));
		Checks.require("command", command);
		return this.rest.exchange(RestRequest.of(route, ApplicationCommand.class).withBody(command.toJson()));
	}

	/**
	 * Read a guild command.
	 * @param guildId the guild
	 * @param commandId the command
	 * @return the command
	 */
	public Mono<ApplicationCommand> getGuild(Snowflake guildId, Snowflake commandId) {
		Route route = Route.get(GUILD_ONE, this.applicationId, guild(guildId), command(commandId));
		return this.rest.exchange(RestRequest.of(route, ApplicationCommand.class));
	}

	/**
	 * Edit a guild command.
	 * @param guildId the guild
	 * @param commandId the command
	 * @param edit the change
	 * @return the command as edited
	 */
	public Mono<ApplicationCommand> editGuild(Snowflake guildId, Snowflake commandId, CommandEdit edit) {
		Route route = Route.patch(GUILD_ONE, this.applicationId, guild(guildId), command(commandId));
		Checks.require("edit", edit);
		return this.rest.exchange(RestRequest.of(route, ApplicationCommand.class).withBody(edit.toJson()));
	}

	/**
	 * Delete a guild command.
	 * @param guildId the guild
	 * @param commandId the command
	 * @return completes when deleted
	 */
	public Mono<Void> deleteGuild(Snowflake guildId, Snowflake commandId) {
		Route route = Route.delete(GUILD_ONE, this.applicationId, guild(guildId), command(commandId));
		return this.rest.exchange(RestRequest.of(route));
	}

	/**
	 * Replace all commands of a guild by the given ones.
	 * @param guildId the guild
	 * @param commands the commands, distinct by type and name, at most 100 CHAT_INPUT, 15 USER and 15 MESSAGE
	 * @return the commands as registered
	 */
	public Mono<List<ApplicationCommand>> bulkOverwriteGuild(Snowflake guildId, List<CommandCreate> commands) {
		Route route = Route.put(GUILD, this.applicationId, guild(guildId));
		return bulk(route, commands);
	}

	/**
	 * Read the permissions of all the application's commands in a guild
	 * ({@code GET .../guilds/{guild.id}/commands/permissions}).
	 * @param guildId the guild
	 * @return the permissions, one entry per command that has any
	 */
	public Mono<List<GuildApplicationCommandPermissions>> permissions(Snowflake guildId) {
		Route route = Route.get(GUILD + "/permissions", this.applicationId, guild(guildId));
		return this.rest.exchange(RestRequest.of(route, PERMISSIONS)).defaultIfEmpty(List.of());
	}

	/**
	 * Read the permissions of one command in a guild ({@code GET .../guilds/{guild.id}/commands/{command.id}/permissions}).
	 * @param guildId the guild
	 * @param commandId the command
	 * @return the permissions (Discord answers 10066 when the command has none in the guild)
	 */
	public Mono<GuildApplicationCommandPermissions> permissions(Snowflake guildId, Snowflake commandId) {
		Route route = Route.get(GUILD_ONE + "/permissions", this.applicationId, guild(guildId), command(commandId));
		return this.rest.exchange(RestRequest.of(route, GuildApplicationCommandPermissions.class));
	}

	private Mono<List<ApplicationCommand>> list(Route route, boolean withLocalizations) {
		RestRequest<List<ApplicationCommand>> request = RestRequest.of(route, COMMANDS);
		if (withLocalizations) {
			request = request.withQuery("with_localizations", true);
		}
		return this.rest.exchange(request).defaultIfEmpty(List.of());
	}

	private Mono<List<ApplicationCommand>> bulk(Route route, List<CommandCreate> commands) {
		Checks.require("commands", commands);
		List<CommandCreate> checked = Checks.list("commands", commands,
				MAX_CHAT_INPUT_COMMANDS + MAX_USER_COMMANDS + MAX_MESSAGE_COMMANDS);
		checkLimits(checked);
		List<Map<String, Object>> body = checked.stream().map(CommandCreate::toJson).toList();
		return this.rest.exchange(RestRequest.of(route, COMMANDS).withBody(body)).defaultIfEmpty(List.of());
	}

	/**
	 * Check that commands fit one scope: distinct type and name, at most the number Discord allows per type.
	 * @param commands the commands
	 * @throws IllegalArgumentException naming {@code commands}
	 */
	static void checkLimits(List<CommandCreate> commands) {
		Map<ApplicationCommandType, Integer> counts = new EnumMap<>(ApplicationCommandType.class);
		Set<String> names = new HashSet<>();
		for (CommandCreate command : commands) {
			if (!names.add(command.type() + " " + command.name())) {
				throw new IllegalArgumentException("'commands' has two " + command.type() + " commands named '"
						+ command.name() + "'");
			}
			int count = counts.merge(command.type(), 1, Integer::sum);
			int max = switch (command.type()) {
				case CHAT_INPUT -> MAX_CHAT_INPUT_COMMANDS;
				case USER -> MAX_USER_COMMANDS;
				case PRIMARY_ENTRY_POINT -> MAX_ENTRY_POINT_COMMANDS;
				default -> MAX_MESSAGE_COMMANDS;
			};
			if (count > max) {
				throw new IllegalArgumentException("'commands' may hold at most " + max + " " + command.type()
						+ " commands");
			}
		}
	}

	private static long command(Snowflake commandId) {
		return Checks.id("commandId", commandId).value();
	}

	private static long guild(Snowflake guildId) {
		return Checks.id("guildId", guildId).value();
	}

	@Override
	public String toString() {
		return "ApplicationCommandApi[" + this.rest + "]";
	}

}
