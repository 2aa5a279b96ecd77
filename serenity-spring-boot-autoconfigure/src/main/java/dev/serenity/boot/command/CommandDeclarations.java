package dev.serenity.boot.command;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.ApplicationCommandOptionType;
import dev.serenity.model.ApplicationCommandType;
import dev.serenity.model.Permission;
import dev.serenity.model.Permissions;
import dev.serenity.rest.api.CommandCreate;
import dev.serenity.rest.api.CommandOption;

/**
 * Builds the {@link CommandCreate} of each declaration from its annotation, turning the checks of
 * {@link CommandCreate} and {@link CommandOption} into start-up errors that name the method.
 */
final class CommandDeclarations {

	private CommandDeclarations() {
	}

	static CommandCreate slash(Method method, SlashCommand command, List<CommandOption> options) {
		try {
			CommandCreate.Builder builder = CommandCreate.slash(command.name(), command.description())
				.nameLocalizations(localizations(method, "nameLocalizations", command.nameLocalizations()))
				.descriptionLocalizations(
						localizations(method, "descriptionLocalizations", command.descriptionLocalizations()))
				.nsfw(command.nsfw());
			if (options.size() > CommandOption.MAX_OPTIONS) {
				throw new IllegalArgumentException("'options' may hold at most " + CommandOption.MAX_OPTIONS
						+ " options but has " + options.size());
			}
			options.forEach(builder::option);
			common(builder, command.defaultMemberPermissions(), command.contexts());
			if (command.integrationTypes().length > 0) {
				builder.integrationTypes(Arrays.stream(command.integrationTypes()).boxed().toList());
			}
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCommandDeclarationException(method, "command '" + command.name() + "': "
					+ ex.getMessage(), ex);
		}
	}

	static CommandCreate contextMenu(Method method, ApplicationCommandType type, String name,
			Permission[] permissions, int[] contexts, boolean nsfw) {
		try {
			CommandCreate.Builder builder = CommandCreate.builder(type, name).nsfw(nsfw);
			common(builder, permissions, contexts);
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCommandDeclarationException(method, type + " command '" + name + "': "
					+ ex.getMessage(), ex);
		}
	}

	static CommandOption subcommand(Method method, Subcommand subcommand, List<CommandOption> options) {
		try {
			CommandOption.Builder builder = CommandOption.builder(ApplicationCommandOptionType.SUB_COMMAND,
					subcommand.name(), subcommand.description());
			if (options.size() > CommandOption.MAX_OPTIONS) {
				throw new IllegalArgumentException("'options' may hold at most " + CommandOption.MAX_OPTIONS
						+ " options but has " + options.size());
			}
			options.forEach(builder::option);
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCommandDeclarationException(method, "sub-command '" + subcommand.name() + "': "
					+ ex.getMessage(), ex);
		}
	}

	static CommandOption group(Method method, String name, String description, List<CommandOption> subcommands) {
		try {
			CommandOption.Builder builder = CommandOption.builder(ApplicationCommandOptionType.SUB_COMMAND_GROUP,
					name, description);
			subcommands.forEach(builder::option);
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCommandDeclarationException(method, "sub-command group '" + name + "': "
					+ ex.getMessage(), ex);
		}
	}

	private static void common(CommandCreate.Builder builder, Permission[] permissions, int[] contexts) {
		if (permissions.length > 0) {
			builder.defaultMemberPermissions(Permissions.of(permissions));
		}
		if (contexts.length > 0) {
			builder.contexts(Arrays.stream(contexts).boxed().toList());
		}
	}

	private static Map<String, String> localizations(Method method, String attribute, String[] entries) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String entry : entries) {
			int equals = entry.indexOf('=');
			if (equals <= 0 || equals == entry.length() - 1) {
				throw new InvalidCommandDeclarationException(method, attribute + " entry '" + entry
						+ "' must be locale=text, e.g. de=wuerfeln");
			}
			map.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
		}
		return map;
	}

}
