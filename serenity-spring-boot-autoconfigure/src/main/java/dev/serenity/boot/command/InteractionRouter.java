package dev.serenity.boot.command;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;

import dev.serenity.interaction.InteractionResponder;
import dev.serenity.model.ApplicationCommandOptionType;
import dev.serenity.model.ApplicationCommandType;
import dev.serenity.model.Interaction;
import dev.serenity.model.InteractionData;
import dev.serenity.model.InteractionOption;
import dev.serenity.model.InteractionType;
import dev.serenity.rest.api.CommandChoice;
import dev.serenity.rest.api.InteractionResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Routes an interaction to its handler method, whichever transport brought it (the gateway or the HTTP endpoint):
 * a command by its path, an autocomplete by its command and focused option, a component or modal by the first
 * {@code custom_id} pattern it matches. It then answers with what the method returned, and when the method throws
 * it logs and, if still unanswered, replies with the configured error text.
 */
public final class InteractionRouter {

	private static final Log logger = LogFactory.getLog(InteractionRouter.class);

	private final InteractionHandlerRegistry registry;

	private final String errorReply;

	/**
	 * Create a router.
	 * @param registry the handlers
	 * @param errorReply the ephemeral text sent when a handler fails before answering; empty for none
	 */
	public InteractionRouter(InteractionHandlerRegistry registry, String errorReply) {
		this.registry = registry;
		this.errorReply = (errorReply != null) ? errorReply : "";
	}

	/**
	 * Handle an interaction if a handler method is declared for it: open its responder (which starts the automatic
	 * defer), call the handler and answer with the result. Interactions without a handler are left alone (a
	 * {@code @DiscordListener} may answer them). Runs on the caller's thread (a dispatch lane for the gateway);
	 * never throws.
	 * @param interaction the interaction
	 * @param opener opens the interaction's responder
	 * @return whether a handler took the interaction
	 */
	public boolean route(Interaction interaction, Function<Interaction, InteractionResponder> opener) {
		InteractionData data = interaction.data();
		Target target = (data != null) ? find(interaction.type(), data) : null;
		if (target == null) {
			logger.debug("No interaction handler method for " + interaction);
			return false;
		}
		InteractionResponder responder = opener.apply(interaction);
		try {
			Object result = target.handler().invoke(new Invocation(responder, target.options(), target.match()));
			answer(responder, target.handler(), result);
		}
		catch (Exception ex) {
			logger.error("Interaction handler " + target.handler() + " threw while handling " + interaction, ex);
			answerError(responder);
		}
		return true;
	}

	/**
	 * Return the text sent when a handler fails before answering.
	 * @return the text; empty for none
	 */
	public String errorReply() {
		return this.errorReply;
	}

	private Target find(InteractionType type, InteractionData data) {
		return switch (type) {
			case APPLICATION_COMMAND -> command(data);
			case APPLICATION_COMMAND_AUTOCOMPLETE -> autocomplete(data);
			case MESSAGE_COMPONENT -> pattern(this.registry.components(), data.customId());
			case MODAL_SUBMIT -> pattern(this.registry.modals(), data.customId());
			default -> null;
		};
	}

	private Target command(InteractionData data) {
		if (data.type() == ApplicationCommandType.USER) {
			return target(this.registry.userCommand(data.name()), List.of());
		}
		if (data.type() == ApplicationCommandType.MESSAGE) {
			return target(this.registry.messageCommand(data.name()), List.of());
		}
		Path path = path(data);
		return target(this.registry.slashCommand(path.path()), path.options());
	}

	private Target autocomplete(InteractionData data) {
		Path path = path(data);
		for (InteractionOption option : path.options()) {
			if (Boolean.TRUE.equals(option.focused())) {
				return target(this.registry.autocomplete(path.path(), option.name()), path.options());
			}
		}
		return null;
	}

	private static Target pattern(List<PatternHandler> handlers, String customId) {
		for (PatternHandler handler : handlers) {
			Matcher match = handler.match(customId);
			if (match != null) {
				return new Target(handler.handler(), List.of(), match.toMatchResult());
			}
		}
		return null;
	}

	private static Target target(InteractionHandlerMethod handler, List<InteractionOption> options) {
		return (handler != null) ? new Target(handler, options, null) : null;
	}

	/** Follow sub-command groups and sub-commands down to the leaf options. */
	private static Path path(InteractionData data) {
		StringBuilder path = new StringBuilder(data.name());
		List<InteractionOption> options = data.options();
		while (options.size() == 1 && (options.get(0).type() == ApplicationCommandOptionType.SUB_COMMAND
				|| options.get(0).type() == ApplicationCommandOptionType.SUB_COMMAND_GROUP)) {
			path.append(' ').append(options.get(0).name());
			options = options.get(0).options();
		}
		return new Path(path.toString(), options);
	}

	@SuppressWarnings("unchecked")
	private void answer(InteractionResponder responder, InteractionHandlerMethod handler, Object result) {
		if (result == null) {
			return;
		}
		if (result instanceof String text) {
			responder.reply(text);
		}
		else if (result instanceof InteractionResponse response) {
			responder.respond(response);
		}
		else if (result instanceof List<?> list
				&& responder.interaction().type() == InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE) {
			responder.suggest((List<CommandChoice>) list);
		}
		else if (result instanceof Publisher<?> publisher) {
			Mono.from(publisher)
				.subscribe(null, (error) -> logger.error("The publisher returned by " + handler + " failed", error));
		}
		else {
			throw new IllegalStateException(handler + " returned a " + result.getClass().getName() + ", which "
					+ "cannot answer an interaction; return void, String, InteractionResponse, a Publisher or (for "
					+ "autocomplete) List<CommandChoice>");
		}
	}

	private void answerError(InteractionResponder responder) {
		if (responder.acknowledged() || this.errorReply.isEmpty()) {
			return;
		}
		try {
			if (responder.interaction().type() == InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE) {
				responder.suggest(List.of());
			}
			else {
				responder.replyEphemeral(this.errorReply);
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Could not send the error reply of " + responder.interaction(), ex);
		}
	}

	@Override
	public String toString() {
		return "InteractionRouter[" + this.registry + "]";
	}

	private record Target(InteractionHandlerMethod handler, List<InteractionOption> options,
			java.util.regex.MatchResult match) {
	}

	private record Path(String path, List<InteractionOption> options) {
	}

}
