package dev.serenity.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.record.SessionAttempt.Result;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions: RESUME at the resume URL replays missed events, and everything that ends a session makes RESUME fail.
 */
class ResumeTests {

	private static final long INTENTS = 1 | 512 | 32768;

	private final ManualClock clock = new ManualClock();

	private DiscordSimulator discord;

	private SimUser user;

	private SimChannel channel;

	@BeforeEach
	void start() {
		this.discord = DiscordSimulator.start(SimulatorConfig.builder()
			.clock(this.clock)
			.resumeBufferSize(20)
			.sessionTimeout(Duration.ofMinutes(2))
			.build());
		SimulatorControl.GuildWithMember scene = this.discord.control().createGuildWithMember("Resume Guild", "alice");
		this.user = scene.member();
		this.channel = scene.channel();
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	private record Session(String id, long seq) {
	}

	private Session identifyAndCloseWith(int code) {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(this.discord.token(), INTENTS, 0, 1);
			JsonNode ready = client.awaitDispatch("READY");
			JsonNode guild = client.awaitDispatch("GUILD_CREATE");
			if (code > 0) {
				client.closeWith(code);
				client.awaitClose();
			}
			else {
				client.abort();
			}
			return new Session(ready.path("d").path("session_id").asString(), guild.path("s").asLong());
		}
	}

	private void awaitDisconnected() {
		org.awaitility.Awaitility.await()
			.atMost(GatewayTestClient.TIMEOUT)
			.until(() -> this.discord.gateway().sessions().stream().allMatch((s) -> s.connection() == null));
	}

	private List<String> say(int count) {
		List<String> contents = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			contents.add(this.discord.control().say(this.user.id(), this.channel.id(), "missed " + i).content());
		}
		return contents;
	}

	@Test
	void resumeAtResumeUrlReplaysMissedEventsThenResumed() {
		Session session = identifyAndCloseWith(4000);
		awaitDisconnected();
		List<String> missed = say(3);
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), session.id(), session.seq());
			List<String> replayed = new ArrayList<>();
			long expectedSeq = session.seq() + 1;
			for (int i = 0; i < 3; i++) {
				JsonNode message = client.awaitDispatch("MESSAGE_CREATE");
				assertThat(message.path("s").asLong()).isEqualTo(expectedSeq++);
				replayed.add(message.path("d").path("content").asString());
			}
			JsonNode resumed = client.awaitDispatch("RESUMED");
			assertThat(resumed.path("s").asLong()).isEqualTo(expectedSeq);
			assertThat(replayed).isEqualTo(missed);
			say(1);
			assertThat(client.awaitDispatch("MESSAGE_CREATE").path("s").asLong()).isEqualTo(expectedSeq + 1);
		}
		assertThat(this.discord.recorder().sessionAttempts()).extracting(SessionAttempt::result)
			.containsExactly(Result.READY, Result.RESUMED);
	}

	@Test
	void resumeAfterDropWithoutCloseFrameSucceeds() {
		Session session = identifyAndCloseWith(-1);
		awaitDisconnected();
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), session.id(), session.seq());
			client.awaitDispatch("RESUMED");
		}
	}

	@Test
	void resumeAtFirstGatewayUrlGetsInvalidSession() {
		Session session = identifyAndCloseWith(4000);
		awaitDisconnected();
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), session.id(), session.seq());
			assertThat(client.awaitOp(9).path("d").asBoolean(true)).isFalse();
		}
	}

	@Test
	void clientClose1000InvalidatesTheSession() {
		Session session = identifyAndCloseWith(1000);
		awaitSessionGone(session);
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), session.id(), session.seq());
			assertThat(client.awaitOp(9).path("d").asBoolean(true)).isFalse();
		}
	}

	@Test
	void clientClose1001InvalidatesTheSession() {
		Session session = identifyAndCloseWith(1001);
		awaitSessionGone(session);
		assertThat(this.discord.gateway().sessions()).isEmpty();
	}

	private void awaitSessionGone(Session session) {
		org.awaitility.Awaitility.await()
			.atMost(GatewayTestClient.TIMEOUT)
			.until(() -> this.discord.gateway().sessions().stream().noneMatch((s) -> s.id().equals(session.id())));
	}

	@Test
	void unknownSessionGetsInvalidSession() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), "no-such-session", 1);
			assertThat(client.awaitOp(9).path("d").asBoolean(true)).isFalse();
		}
	}

	@Test
	void expiredSessionGetsInvalidSession() {
		Session session = identifyAndCloseWith(4000);
		awaitDisconnected();
		this.clock.advance(Duration.ofMinutes(2).plusSeconds(1));
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), session.id(), session.seq());
			assertThat(client.awaitOp(9).path("d").asBoolean(true)).isFalse();
		}
	}

	@Test
	void sessionWithinTimeoutStaysResumable() {
		Session session = identifyAndCloseWith(4000);
		awaitDisconnected();
		this.clock.advance(Duration.ofMinutes(2).minusSeconds(1));
		this.discord.control().sweep();
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), session.id(), session.seq());
			client.awaitDispatch("RESUMED");
		}
	}

	@Test
	void overflowedReplayBufferGetsInvalidSession() {
		Session session = identifyAndCloseWith(4000);
		awaitDisconnected();
		say(25);
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), session.id(), session.seq());
			assertThat(client.awaitOp(9).path("d").asBoolean(true)).isFalse();
		}
	}

	@Test
	void sequenceAheadOfTheSessionIsClosedWith4007() {
		Session session = identifyAndCloseWith(4000);
		awaitDisconnected();
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), session.id(), session.seq() + 100);
			assertThat(client.awaitClose()).isEqualTo(4007);
		}
	}

	@Test
	void resumeWithWrongTokenIsClosedWith4004() {
		Session session = identifyAndCloseWith(4000);
		awaitDisconnected();
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume("wrong", session.id(), session.seq());
			assertThat(client.awaitClose()).isEqualTo(4004);
		}
	}

	@Test
	void resumeAfterIdentifyOnTheSameConnectionIsClosedWith4005() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.identify(this.discord.token(), INTENTS, 0, 1);
			String id = client.awaitDispatch("READY").path("d").path("session_id").asString();
			client.resume(this.discord.token(), id, 1);
			assertThat(client.awaitClose()).isEqualTo(4005);
		}
	}

	@Test
	void readyAnnouncesAResumeUrlDistinctFromTheGatewayUrl() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(this.discord.token(), INTENTS, 0, 1);
			JsonNode ready = client.awaitDispatch("READY").path("d");
			assertThat(ready.path("resume_gateway_url").asString()).isEqualTo(this.discord.resumeGatewayUrl())
				.isNotEqualTo(this.discord.gatewayUrl());
			assertThat(ready.path("v").asInt()).isEqualTo(10);
			assertThat(ready.path("user").path("id").asString()).isEqualTo(Long.toUnsignedString(this.discord.botUserId()));
			assertThat(ready.path("application").path("id").asString())
				.isEqualTo(Long.toUnsignedString(this.discord.applicationId()));
			assertThat(ready.path("guilds").get(0).path("unavailable").asBoolean()).isTrue();
		}
	}

}
