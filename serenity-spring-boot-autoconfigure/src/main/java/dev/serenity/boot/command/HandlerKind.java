package dev.serenity.boot.command;

/**
 * The kinds of interaction handler methods, each with the parameters it may take.
 */
enum HandlerKind {

	/** {@link SlashCommand @SlashCommand} and {@link Subcommand @Subcommand} methods. */
	SLASH_COMMAND,

	/** {@link UserCommand @UserCommand} methods. */
	USER_COMMAND,

	/** {@link MessageCommand @MessageCommand} methods. */
	MESSAGE_COMMAND,

	/** {@link Autocomplete @Autocomplete} methods. */
	AUTOCOMPLETE,

	/** {@link ComponentHandler @ComponentHandler} methods. */
	COMPONENT,

	/** {@link ModalHandler @ModalHandler} methods. */
	MODAL

}
