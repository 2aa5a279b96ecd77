package dev.serenity.interaction;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

import dev.serenity.model.Interaction;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.api.InteractionApi;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Creates the {@link InteractionResponder} of each received interaction, with the settings they share: the
 * REST client, the scheduler and clock of the deadlines, and whether and when an interaction is deferred
 * automatically.
 *
 * <pre>{@code
 * InteractionResponders responders = InteractionResponders.builder(client.rest())
 *     .autoDeferAfter(Duration.ofMillis(2000))
 *     .build();
 * client.listeners().add(InteractionCreateEvent.class, (event, context) -> {
 *     InteractionResponder responder = responders.open(event.interaction());
 *     responder.reply("Pong!");
 * }, "ping");
 * }</pre>
 */
public final class InteractionResponders {

	/** Discord's deadline for the initial response. */
	public static final Duration RESPONSE_DEADLINE = Duration.ofSeconds(3);

	/** How long an interaction's token stays valid for follow-ups and edits. */
	public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

	/** Default of {@code autoDefer}. */
	public static final boolean DEFAULT_AUTO_DEFER = true;

	/** Default of {@code autoDeferAfter}: leaves a second of the 3 for the request to reach Discord. */
	public static final Duration DEFAULT_AUTO_DEFER_AFTER = Duration.ofSeconds(2);

	/** Default of {@code deferEphemeral}. */
	public static final boolean DEFAULT_DEFER_EPHEMERAL = false;

	private final DiscordRest rest;

	private final Scheduler scheduler;

	private final InstantSource clock;

	private final boolean autoDefer;

	private final Duration autoDeferAfter;

	private final boolean deferEphemeral;

	private InteractionResponders(Builder builder) {
		this.rest = builder.rest;
		this.scheduler = builder.scheduler;
		this.clock = builder.clock;
		this.autoDefer = builder.autoDefer;
		this.autoDeferAfter = builder.autoDeferAfter;
		this.deferEphemeral = builder.deferEphemeral;
	}

	/**
	 * Start a builder.
	 * @param rest the REST client, e.g. {@code client.rest()}
	 * @return the builder
	 */
	public static Builder builder(DiscordRest rest) {
		return new Builder(rest);
	}

	/**
	 * Open the responder of an interaction received through the gateway: its initial response goes to the REST
	 * callback endpoint.
	 * @param interaction the interaction, received now
	 * @return the responder; its automatic defer is scheduled
	 */
	public InteractionResponder open(Interaction interaction) {
		return open(interaction, InitialResponseSender.rest(api(interaction)));
	}

	/**
	 * Open the responder of an interaction whose initial response goes elsewhere (e.g. into an HTTP answer).
	 * @param interaction the interaction, received now
	 * @param sender sends the initial response
	 * @return the responder; its automatic defer is scheduled
	 */
	public InteractionResponder open(Interaction interaction, InitialResponseSender sender) {
		Objects.requireNonNull(interaction, "'interaction' must not be null");
		Objects.requireNonNull(sender, "'sender' must not be null");
		InteractionResponder responder = new InteractionResponder(interaction, api(interaction), this, sender,
				this.clock.instant());
		if (this.autoDefer) {
			responder.scheduleAutoDefer(this.scheduler, this.autoDeferAfter);
		}
		return responder;
	}

	private InteractionApi api(Interaction interaction) {
		if (interaction.applicationId() == null) {
			throw new IllegalArgumentException("'interaction' has no application_id: " + interaction);
		}
		return new InteractionApi(this.rest, interaction.applicationId());
	}

	Instant now() {
		return this.clock.instant();
	}

	boolean deferEphemeral() {
		return this.deferEphemeral;
	}

	/**
	 * Return whether interactions are deferred automatically.
	 * @return whether auto-defer is on
	 */
	public boolean autoDefer() {
		return this.autoDefer;
	}

	/**
	 * Return after how long an unanswered interaction is deferred.
	 * @return the delay
	 */
	public Duration autoDeferAfter() {
		return this.autoDeferAfter;
	}

	@Override
	public String toString() {
		return "InteractionResponders[autoDefer=" + this.autoDefer + ", autoDeferAfter=" + this.autoDeferAfter + "]";
	}

	/**
	 * Builds {@link InteractionResponders}.
	 */
	public static final class Builder {

		private final DiscordRest rest;

		private Scheduler scheduler = Schedulers.parallel();

		private InstantSource clock = InstantSource.system();

		private boolean autoDefer = DEFAULT_AUTO_DEFER;

		private Duration autoDeferAfter = DEFAULT_AUTO_DEFER_AFTER;

		private boolean deferEphemeral = DEFAULT_DEFER_EPHEMERAL;

		private Builder(DiscordRest rest) {
			this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
		}

		/**
		 * Set the scheduler of the automatic defer (a virtual-time scheduler in tests).
		 * @param scheduler the scheduler
		 * @return this builder
		 */
		public Builder scheduler(Scheduler scheduler) {
			this.scheduler = Objects.requireNonNull(scheduler, "'scheduler' must not be null");
			return this;
		}

		/**
		 * Set the clock of the 3-second and 15-minute limits.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(InstantSource clock) {
			this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
			return this;
		}

		/**
		 * Set whether an interaction not answered after {@link #autoDeferAfter(Duration)} is deferred (commands and
		 * modal submits with "thinking", components with a deferred update; autocomplete cannot be deferred).
		 * @param autoDefer whether to defer automatically
		 * @return this builder
		 */
		public Builder autoDefer(boolean autoDefer) {
			this.autoDefer = autoDefer;
			return this;
		}

		/**
		 * Set after how long an unanswered interaction is deferred.
		 * @param after more than 0 and less than 3 seconds
		 * @return this builder
		 * @throws IllegalArgumentException naming {@code autoDeferAfter} otherwise
		 */
		public Builder autoDeferAfter(Duration after) {
			if (after == null || after.isNegative() || after.isZero() || after.compareTo(RESPONSE_DEADLINE) >= 0) {
				throw new IllegalArgumentException("'autoDeferAfter' must be more than 0 and less than "
						+ RESPONSE_DEADLINE.toSeconds() + " seconds but was " + after);
			}
			this.autoDeferAfter = after;
			return this;
		}

		/**
		 * Set whether an automatic defer of a command is ephemeral (the coming answer shown only to the user).
		 * @param ephemeral whether the deferred message is ephemeral
		 * @return this builder
		 */
		public Builder deferEphemeral(boolean ephemeral) {
			this.deferEphemeral = ephemeral;
			return this;
		}

		/**
		 * Build the responders.
		 * @return the responders
		 */
		public InteractionResponders build() {
			return new InteractionResponders(this);
		}

	}

}
