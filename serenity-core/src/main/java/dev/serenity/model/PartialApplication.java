package dev.serenity.model;

/**
 * The parts of an application that events carry: READY sends {@code id} and {@code flags}; integrations and invites
 * add the name, icon, description and bot.
 *
 * @param id the application's id
 * @param name the name
 * @param icon the icon hash
 * @param description the description
 * @param flags the application flags
 * @param bot the application's bot user
 */
public record PartialApplication(Snowflake id, String name, String icon, String description, Integer flags,
		User bot) {
}
