package dev.serenity.client;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.SessionAttempt;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * Test support: a simulator and clients pointed at it, optionally on virtual time shared by both.
 */
final class SimulatedDiscord implements AutoCloseable {

	final DiscordSimulator simulator;

	final VirtualTimeScheduler scheduler;

	final InstantSource clock;

	private final List<DiscordClient> clients = new CopyOnWriteArrayList<>();

	private SimulatedDiscord(SimulatorConfig.Builder config, boolean virtualTime) {
		if (virtualTime) {
			this.scheduler = VirtualTimeScheduler.create();
			this.scheduler.advanceTimeTo(Instant.now());
			VirtualTimeScheduler virtual = this.scheduler;
			this.clock = () -> Instant.ofEpochMilli(virtual.now(TimeUnit.MILLISECONDS));
			config.clock(this.clock);
		}
		else {
			this.scheduler = null;
			this.clock = InstantSource.system();
		}
		this.simulator = DiscordSimulator.start(config.build());
	}

	/** A simulator on the wall clock. */
	static SimulatedDiscord start(SimulatorConfig.Builder config) {
		return new SimulatedDiscord(config, false);
	}

	/** A simulator whose clock is a virtual-time scheduler the clients use too. */
	static SimulatedDiscord startOnVirtualTime(SimulatorConfig.Builder config) {
		return new SimulatedDiscord(config, true);
	}

	/** A client builder pointed at the simulator (REST there, gateway from GET /gateway/bot). */
	DiscordClientBuilder client(long intents) {
		DiscordClientBuilder builder = DiscordClient.builder(this.simulator.token(), intents)
			.restUrl(this.simulator.restUrl());
		if (this.scheduler != null) {
			builder.scheduler(this.scheduler).clock(this.clock).startupTimeout(java.time.Duration.ZERO);
		}
		return builder;
	}

	DiscordClient track(DiscordClient client) {
		this.clients.add(client);
		return client;
	}

	List<SessionAttempt> attempts(SessionAttempt.Kind kind) {
		return this.simulator.recorder().sessionAttempts().stream().filter((a) -> a.kind() == kind).toList();
	}

	@Override
	public void close() {
		for (DiscordClient client : this.clients) {
			client.close();
		}
		this.simulator.close();
	}

}
