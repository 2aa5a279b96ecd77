package dev.serenity.model;

/**
 * The interaction a message answers, in its deprecated form; prefer {@link MessageInteractionMetadata}.
 *
 * @param id the interaction
 * @param type its type
 * @param name the command's name, with sub-commands
 * @param user the user who invoked it
 * @param member the member who invoked it, in guilds
 */
public record MessageInteraction(Snowflake id, InteractionType type, String name, User user, PartialMember member) {
}
