package dev.serenity.boot.command;

import java.util.List;
import java.util.regex.MatchResult;

import dev.serenity.interaction.InteractionResponder;
import dev.serenity.model.InteractionOption;
import dev.serenity.model.ResolvedData;

/**
 * What one call of a handler method is made from: the responder (with the interaction), the options of the
 * invoked (sub-)command, and the {@code custom_id} match of a component or modal.
 *
 * @param responder the responder of the interaction
 * @param options the leaf options of the invoked command or sub-command; empty for others
 * @param match the match of the {@code custom_id} pattern, or {@code null}
 */
record Invocation(InteractionResponder responder, List<InteractionOption> options, MatchResult match) {

	InteractionOption option(String name) {
		for (InteractionOption option : this.options) {
			if (option.name().equals(name)) {
				return option;
			}
		}
		return null;
	}

	InteractionOption focused() {
		for (InteractionOption option : this.options) {
			if (Boolean.TRUE.equals(option.focused())) {
				return option;
			}
		}
		return null;
	}

	ResolvedData resolved() {
		ResolvedData resolved = (this.responder.interaction().data() != null)
				? this.responder.interaction().data().resolved() : null;
		return (resolved != null) ? resolved : new ResolvedData(null, null, null, null, null, null);
	}

}
