package dev.serenity.boot.test.commands;

import java.util.List;

import dev.serenity.boot.command.Autocomplete;
import dev.serenity.boot.command.Option;
import dev.serenity.boot.command.SlashCommand;
import dev.serenity.boot.command.Subcommand;
import dev.serenity.rest.api.CommandChoice;
import org.springframework.stereotype.Component;

/**
 * A command with sub-commands, a group and an autocompleted option.
 */
@Component
@SlashCommand(name = "tag", description = "Tags")
public class TagCommands {

	private static final List<String> TAGS = List.of("faq", "fun", "rules");

	@Subcommand(name = "get", description = "Show a tag")
	String get(@Option(description = "The tag", autocomplete = true) String name) {
		return "Tag " + name;
	}

	@Autocomplete(command = "tag get", option = "name")
	List<CommandChoice> names(String typed) {
		return TAGS.stream().filter((tag) -> tag.startsWith(typed)).map((tag) -> CommandChoice.of(tag, tag)).toList();
	}

	@Subcommand(group = "admin", groupDescription = "Manage tags", name = "delete", description = "Delete a tag")
	String delete(@Option(description = "The tag") String name, @Option(description = "Really?") boolean really) {
		return really ? "Deleted " + name : "Kept " + name;
	}

}
