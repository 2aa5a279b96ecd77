package dev.serenity.client;

import java.nio.file.Path;

import dev.serenity.gateway.session.FileSessionStore;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.CloseRecord;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.record.SessionAttempt.Kind;
import dev.serenity.simulator.record.SessionAttempt.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process that stops for a restart closes with a non-1000 code and saves its session; the next process resumes.
 * Only a final logout closes with 1000.
 */
class SessionPersistenceTests {

	@Test
	void restartedProcessResumesFromTheFileSessionStore(@TempDir Path sessions) {
		try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder().guilds(1).identifyWindow(java.time.Duration.ofMillis(1)))) {
			DiscordClient first = discord.client(1).sessionStore(new FileSessionStore(sessions)).build();
			first.start();
			first.close(true);
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(discord.simulator.recorder().closes())
					.filteredOn((c) -> c.initiator() == CloseRecord.Initiator.CLIENT)
					.extracting(CloseRecord::code)
					.containsExactly(4900));
			DiscordClient second = discord.track(discord.client(1).sessionStore(new FileSessionStore(sessions)).build());
			second.start();
			assertThat(discord.simulator.recorder().sessionAttempts()).extracting(SessionAttempt::kind, SessionAttempt::result)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.IDENTIFY, Result.READY),
						org.assertj.core.groups.Tuple.tuple(Kind.RESUME, Result.RESUMED));
			assertThat(discord.attempts(Kind.RESUME).get(0).url()).startsWith("/gateway-resume");
		}
	}

	@Test
	void logoutClosesWith1000AndForgetsTheSession(@TempDir Path sessions) {
		try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder().guilds(1).identifyWindow(java.time.Duration.ofMillis(1)))) {
			DiscordClient first = discord.client(1).sessionStore(new FileSessionStore(sessions)).build();
			first.start();
			first.close();
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(discord.simulator.recorder().closes())
					.filteredOn((c) -> c.initiator() == CloseRecord.Initiator.CLIENT)
					.extracting(CloseRecord::code)
					.containsExactly(1000));
			assertThat(new FileSessionStore(sessions).load(0, 1)).isEmpty();
			DiscordClient second = discord.track(discord.client(1).sessionStore(new FileSessionStore(sessions)).build());
			second.start();
			assertThat(discord.attempts(Kind.IDENTIFY)).hasSize(2);
			assertThat(discord.attempts(Kind.RESUME)).isEmpty();
		}
	}

	@Test
	void savedSessionThatExpiredFallsBackToIdentify(@TempDir Path sessions) {
		try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder()
			.guilds(1)
			.identifyWindow(java.time.Duration.ofMillis(1))
			.sessionTimeout(java.time.Duration.ofMillis(1)))) {
			DiscordClient first = discord.client(1).sessionStore(new FileSessionStore(sessions)).build();
			first.start();
			first.close(true);
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
				.until(() -> discord.simulator.gateway().sessions().isEmpty());
			DiscordClient second = discord.track(discord.client(1).sessionStore(new FileSessionStore(sessions)).build());
			second.start();
			assertThat(discord.simulator.recorder().sessionAttempts()).extracting(SessionAttempt::kind, SessionAttempt::result)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.IDENTIFY, Result.READY),
						org.assertj.core.groups.Tuple.tuple(Kind.RESUME, Result.INVALID_SESSION),
						org.assertj.core.groups.Tuple.tuple(Kind.IDENTIFY, Result.READY));
		}
	}

}
