package dev.serenity.boot.test;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.serenity.simulator.world.SimInteractions;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on how the bot answered a slash command in the simulated Discord: its callbacks (the initial
 * response) and the text of its original response and follow-ups.
 */
public class InteractionAssert extends AbstractAssert<InteractionAssert, SimulatedInteraction> {

	private final SimulatedDiscord discord;

	InteractionAssert(SimulatedDiscord discord, SimulatedInteraction interaction) {
		super(interaction, InteractionAssert.class);
		this.discord = discord;
		isNotNull();
	}

	/**
	 * Assert that the bot has answered with (or edited its answer to, or followed up with) exactly this content.
	 * @param content the expected content
	 * @return this
	 */
	public InteractionAssert respondedWith(String content) {
		return check(ChannelAssert.quote(content), content::equals, null);
	}

	/**
	 * Wait, at most {@link SimulatedDiscord#DEFAULT_TIMEOUT}, for the bot to answer with exactly this content.
	 * @param content the expected content
	 * @return this
	 */
	public InteractionAssert awaitResponse(String content) {
		return awaitResponse(content, SimulatedDiscord.DEFAULT_TIMEOUT);
	}

	/**
	 * Wait for the bot to answer with exactly this content.
	 * @param content the expected content
	 * @param timeout how long to wait at most
	 * @return this
	 */
	public InteractionAssert awaitResponse(String content, Duration timeout) {
		return check(ChannelAssert.quote(content), content::equals, timeout);
	}

	/**
	 * Wait, at most {@link SimulatedDiscord#DEFAULT_TIMEOUT}, for the bot to acknowledge the interaction (any initial
	 * response, deferred ones included).
	 * @return this
	 */
	public InteractionAssert awaitAcknowledged() {
		boolean answered = Eventually.holds(() -> !this.discord.callbacks(this.actual).isEmpty(),
				SimulatedDiscord.DEFAULT_TIMEOUT);
		if (!answered) {
			failWithMessage("%s", "Expected the bot to answer " + this.actual + " within "
					+ SimulatedDiscord.DEFAULT_TIMEOUT.toMillis() + " ms, but it did not answer");
		}
		return this;
	}

	/**
	 * Wait, at most {@link SimulatedDiscord#DEFAULT_TIMEOUT}, for an initial response of this type, e.g. 5 (deferred
	 * "thinking"), 6 (deferred update), 7 (message updated), 8 (autocomplete suggestions), 9 (modal).
	 * @param type the callback type
	 * @return this
	 */
	public InteractionAssert awaitCallback(int type) {
		boolean answered = Eventually.holds(() -> this.discord.callbacks(this.actual)
			.stream()
			.anyMatch((callback) -> callback.type() == type), SimulatedDiscord.DEFAULT_TIMEOUT);
		if (!answered) {
			failWithMessage("%s", "Expected the bot to answer " + this.actual + " with callback type " + type
					+ " within " + SimulatedDiscord.DEFAULT_TIMEOUT.toMillis() + " ms, but it answered with "
					+ this.discord.callbacks(this.actual).stream().map(SimInteractions.Callback::type).toList());
		}
		return this;
	}

	/**
	 * Wait for the bot to open a modal with this {@code custom_id}.
	 * @param customId the modal's id
	 * @return this
	 */
	public InteractionAssert awaitModal(String customId) {
		awaitCallback(9);
		String actualId = this.discord.callbacks(this.actual).get(0).data().path("custom_id").asString();
		if (!customId.equals(actualId)) {
			failWithMessage("Expected the bot to open modal <%s> for %s but it opened <%s>", customId, this.actual,
					actualId);
		}
		return this;
	}

	/**
	 * Wait for the bot to suggest exactly these choice names, in order, to an autocomplete interaction.
	 * @param names the suggestions' names
	 * @return this
	 */
	public InteractionAssert awaitSuggestions(String... names) {
		awaitCallback(8);
		List<String> actualNames = new java.util.ArrayList<>();
		this.discord.callbacks(this.actual)
			.get(0)
			.data()
			.path("choices")
			.forEach((choice) -> actualNames.add(choice.path("name").asString()));
		if (!actualNames.equals(List.of(names))) {
			failWithMessage("Expected the bot to suggest %s for %s but it suggested %s", List.of(names), this.actual,
					actualNames);
		}
		return this;
	}

	private InteractionAssert check(String expected, Predicate<String> match, Duration timeout) {
		if (!Eventually.holds(() -> found(match), timeout)) {
			fail(expected, timeout);
		}
		return this;
	}

	private boolean found(Predicate<String> match) {
		return this.discord.responses(this.actual).stream().anyMatch(match);
	}

	private void fail(String expected, Duration timeout) {
		List<SimInteractions.Callback> callbacks = this.discord.callbacks(this.actual);
		List<String> responses = this.discord.responses(this.actual);
		String within = (timeout != null) ? " within " + timeout.toMillis() + " ms" : "";
		String actually;
		if (callbacks.isEmpty()) {
			actually = " but it did not answer";
		}
		else {
			actually = " but it answered with callback type(s) "
					+ callbacks.stream().map((callback) -> String.valueOf(callback.type())).toList()
					+ (responses.isEmpty() ? " and no text"
							: " and:" + responses.stream()
								.map((response) -> "\n  - " + ChannelAssert.quote(response))
								.collect(Collectors.joining()));
		}
		failWithMessage("%s", "Expected the bot to answer " + this.actual + " with " + expected + within + ","
				+ actually);
	}

}
