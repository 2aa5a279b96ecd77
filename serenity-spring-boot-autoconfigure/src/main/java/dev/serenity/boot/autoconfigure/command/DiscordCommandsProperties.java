package dev.serenity.boot.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Registration of the declared application commands ({@code discord.commands.*}).
 */
@ConfigurationProperties("discord.commands")
public class DiscordCommandsProperties {

	/**
	 * Whether to synchronize the declared commands with Discord at start-up (one bulk overwrite per scope, only when
	 * they differ).
	 */
	private boolean sync = true;

	/**
	 * Whether the sync only logs the difference and writes nothing.
	 */
	private boolean dryRun = false;

	/**
	 * Guilds to register the commands in (they appear at once there, handy in development); empty registers them
	 * globally.
	 */
	private List<Long> guildIds = new ArrayList<>();

	public boolean isSync() {
		return this.sync;
	}

	public void setSync(boolean sync) {
		this.sync = sync;
	}

	public boolean isDryRun() {
		return this.dryRun;
	}

	public void setDryRun(boolean dryRun) {
		this.dryRun = dryRun;
	}

	public List<Long> getGuildIds() {
		return this.guildIds;
	}

	public void setGuildIds(List<Long> guildIds) {
		this.guildIds = guildIds;
	}

}
