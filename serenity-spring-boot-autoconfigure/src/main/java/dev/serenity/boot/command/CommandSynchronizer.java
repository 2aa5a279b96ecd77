package dev.serenity.boot.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.serenity.boot.autoconfigure.DiscordClientLifecycle;
import dev.serenity.client.DiscordClient;
import dev.serenity.model.ApplicationCommand;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.api.ApplicationCommandApi;
import dev.serenity.rest.api.CommandCreate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Command sync at start-up: compares the declared commands with those registered (globally, or in each configured
 * development guild) and writes them with one bulk overwrite per scope only when they differ; in dry-run mode it
 * logs the difference and writes nothing. Runs right after the Discord client started; with no declared commands
 * it does nothing (so commands registered by other means are left alone). A failure is logged and does not stop the
 * application.
 */
public final class CommandSynchronizer implements SmartLifecycle {

	/** Phase: right after the Discord client started. */
	public static final int PHASE = DiscordClientLifecycle.PHASE + 1;

	private static final Log logger = LogFactory.getLog(CommandSynchronizer.class);

	private final DiscordClient client;

	private final InteractionHandlerRegistry registry;

	private final List<Long> guildIds;

	private final boolean dryRun;

	private final Duration timeout;

	private volatile boolean running;

	/**
	 * Create the synchronizer.
	 * @param client the client
	 * @param registry the declared commands
	 * @param guildIds the guilds to register in; empty for global commands
	 * @param dryRun whether to only log the difference
	 * @param timeout how long each request may take
	 */
	public CommandSynchronizer(DiscordClient client, InteractionHandlerRegistry registry, List<Long> guildIds,
			boolean dryRun, Duration timeout) {
		this.client = client;
		this.registry = registry;
		this.guildIds = List.copyOf(guildIds);
		this.dryRun = dryRun;
		this.timeout = timeout;
	}

	@Override
	public void start() {
		this.running = true;
		if (this.registry.commands().isEmpty()) {
			logger.debug("No commands declared, so none are synchronized");
			return;
		}
		try {
			sync();
		}
		catch (RuntimeException ex) {
			logger.error("Could not synchronize the declared application commands with Discord; the registered ones "
					+ "stay as they were", ex);
		}
	}

	/**
	 * Synchronize now.
	 * @return what was found and done per scope
	 */
	public List<Outcome> sync() {
		ApplicationCommandApi api = new ApplicationCommandApi(this.client.rest(), applicationId());
		List<CommandCreate> declared = this.registry.commands();
		List<Outcome> outcomes = new ArrayList<>();
		if (this.guildIds.isEmpty()) {
			List<ApplicationCommand> registered = api.listGlobal(true).block(this.timeout);
			outcomes.add(apply("global", declared, registered, () -> api.bulkOverwriteGlobal(declared)
				.block(this.timeout)));
		}
		for (Long guildId : this.guildIds) {
			Snowflake guild = Snowflake.of(guildId);
			List<ApplicationCommand> registered = api.listGuild(guild, true).block(this.timeout);
			outcomes.add(apply("guild " + Long.toUnsignedString(guildId), declared, registered,
					() -> api.bulkOverwriteGuild(guild, declared).block(this.timeout)));
		}
		return outcomes;
	}

	private Outcome apply(String scope, List<CommandCreate> declared, List<ApplicationCommand> registered,
			Runnable overwrite) {
		CommandComparison.Difference difference = CommandComparison.compare(declared,
				(registered != null) ? registered : List.of());
		if (difference.isEmpty()) {
			logger.info("Application commands (" + scope + ") are up to date: " + declared.size()
					+ " declared, nothing written");
			return new Outcome(scope, difference.added(), difference.changed(), difference.removed(), false);
		}
		if (this.dryRun) {
			logger.info("Dry run: application commands (" + scope + ") differ (" + difference + "); "
					+ "discord.commands.dry-run=true, so nothing is written");
			return new Outcome(scope, difference.added(), difference.changed(), difference.removed(), false);
		}
		overwrite.run();
		logger.info("Application commands (" + scope + ") overwritten in one request: " + difference);
		return new Outcome(scope, difference.added(), difference.changed(), difference.removed(), true);
	}

	private Snowflake applicationId() {
		return this.client.applicationId()
			.map(Snowflake::of)
			.orElseGet(() -> this.client.api().applications().current().block(this.timeout).id());
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public String toString() {
		return "CommandSynchronizer[guildIds=" + this.guildIds + ", dryRun=" + this.dryRun + "]";
	}

	/**
	 * What a sync found and did in one scope.
	 *
	 * @param scope {@code global} or {@code guild <id>}
	 * @param added commands declared but not registered
	 * @param changed commands registered differently
	 * @param removed commands registered but no longer declared
	 * @param written whether the scope was overwritten
	 */
	public record Outcome(String scope, List<String> added, List<String> changed, List<String> removed,
			boolean written) {
	}

}
