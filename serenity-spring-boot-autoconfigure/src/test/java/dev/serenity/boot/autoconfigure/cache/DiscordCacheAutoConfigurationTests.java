package dev.serenity.boot.autoconfigure.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serenity.boot.actuate.DiscordEndpoint;
import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.InvalidDiscordPropertyException;
import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.boot.listener.CachedBefore;
import dev.serenity.boot.listener.DiscordListener;
import dev.serenity.boot.metrics.DiscordCacheMetrics;
import dev.serenity.cache.CacheKind;
import dev.serenity.cache.CacheSettings;
import dev.serenity.cache.CacheStatistics;
import dev.serenity.cache.DiscordCache;
import dev.serenity.cache.EntitySettings;
import dev.serenity.cache.MemberCachePolicy;
import dev.serenity.client.DiscordClient;
import dev.serenity.event.MessageUpdateEvent;
import dev.serenity.model.Message;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.world.SimMessage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link DiscordCacheAutoConfiguration} and {@link DiscordCacheMetricsAutoConfiguration}: {@code discord.cache.*}
 * becomes the client's cache settings, bad values name the property, the cache is a bean whose counters reach
 * Micrometer and the actuator endpoint, and {@link CachedBefore} parameters receive the cached state.
 */
class DiscordCacheAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class, DiscordAutoConfiguration.class,
				DiscordSimulatorAutoConfiguration.class, DiscordCacheAutoConfiguration.class,
				DiscordCacheMetricsAutoConfiguration.class))
		.withPropertyValues("discord.simulator.enabled=true",
				"discord.intents=GUILDS,GUILD_MEMBERS,GUILD_MESSAGES,MESSAGE_CONTENT");

	@Test
	void defaultsMatchTheLibrarysDefaults() {
		CacheSettings settings = DiscordCacheAutoConfiguration.settings(new DiscordCacheProperties(), null);
		for (CacheKind kind : CacheKind.values()) {
			assertThat(settings.kind(kind)).as(kind.name()).isEqualTo(CacheSettings.DEFAULT.kind(kind));
		}
		assertThat(settings.messagesPerChannel()).isEqualTo(CacheSettings.DEFAULT.messagesPerChannel()).isZero();
		assertThat(settings.memberCachePolicy()).isSameAs(MemberCachePolicy.ALL);
		assertThat(settings.chunkMembers()).isEqualTo(CacheSettings.DEFAULT.chunkMembers());
	}

	@Test
	void propertiesBecomeTheClientsCacheSettings() {
		this.contextRunner
			.withPropertyValues("discord.cache.messages-per-channel=25", "discord.cache.messages.maximum-size=100",
					"discord.cache.members.time-to-live=10m", "discord.cache.presences.enabled=false",
					"discord.cache.member-cache-policy=voice,owner")
			.run((context) -> {
				DiscordCache cache = context.getBean(DiscordCache.class);
				assertThat(cache).isSameAs(context.getBean(DiscordClient.class).cache());
				CacheSettings settings = cache.settings();
				assertThat(settings.messagesPerChannel()).isEqualTo(25);
				assertThat(settings.kind(CacheKind.MESSAGES).maximumSize()).isEqualTo(100);
				assertThat(settings.kind(CacheKind.MEMBERS).timeToLive()).isEqualTo(Duration.ofMinutes(10));
				assertThat(settings.caches(CacheKind.PRESENCES)).isFalse();
				assertThat(settings.memberCachePolicy()
					.cache(new MemberCachePolicy.MemberFacts(1, null, false, false, true))).isTrue();
				assertThat(settings.memberCachePolicy()
					.cache(new MemberCachePolicy.MemberFacts(1, null, true, false, false))).isFalse();
			});
	}

	@Test
	void aMemberCachePolicyBeanReplacesTheNamedPolicy() {
		MemberCachePolicy policy = (member) -> member.guildId() == 7;
		this.contextRunner.withBean(MemberCachePolicy.class, () -> policy)
			.run((context) -> assertThat(context.getBean(DiscordCache.class).settings().memberCachePolicy())
				.isSameAs(policy));
	}

	@Test
	void disablingTheCacheCachesNothing() {
		this.contextRunner.withPropertyValues("discord.cache.enabled=false").run((context) -> {
			CacheSettings settings = context.getBean(DiscordCache.class).settings();
			for (CacheKind kind : CacheKind.values()) {
				assertThat(settings.caches(kind)).as(kind.name()).isFalse();
			}
		});
	}

	@Test
	void outOfRangeValuesFailNamingTheProperty() {
		this.contextRunner.withPropertyValues("discord.cache.messages-per-channel=20000")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidDiscordPropertyException.class)
				.hasMessageContaining("discord.cache.messages-per-channel"));
		this.contextRunner.withPropertyValues("discord.cache.voice-states.maximum-size=-1")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("discord.cache.voice-states.maximum-size"));
		this.contextRunner.withPropertyValues("discord.cache.chunk-members=true", "discord.intents=GUILDS")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("GUILD_MEMBERS"));
	}

	@Test
	void cacheCountersAreMetersAndPartOfTheDiscordEndpoint() {
		this.contextRunner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			SimulatorControl control = context.getBean(DiscordSimulator.class).control();
			SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Meters", "alice");
			DiscordCache cache = context.getBean(DiscordCache.class);
			await().atMost(TIMEOUT).until(() -> cache.member(scene.guild().id(), scene.member().id()).isPresent());
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			long members = cache.statistics().get(CacheKind.MEMBERS).size();
			assertThat(members).isGreaterThanOrEqualTo(3);
			assertThat(registry.get(DiscordCacheMetrics.SIZE).tag("kind", "members").gauge().value())
				.isEqualTo((double) members);
			assertThat(registry.get(DiscordCacheMetrics.HITS).tag("kind", "members").functionCounter().count())
				.isPositive();
			assertThat(registry.find(DiscordCacheMetrics.SIZE).tag("kind", "messages").gauge()).isNull();

			DiscordEndpoint endpoint = new DiscordEndpoint(context.getBean(DiscordClient.class), null,
					java.time.Clock.systemUTC());
			CacheStatistics described = endpoint.discord().cache().kinds().get("members");
			assertThat(described.size()).isEqualTo(members);
			assertThat(endpoint.discord().cache().kinds()).containsKey("voice-states").doesNotContainKey("messages");
		});
	}

	@Test
	void cachedBeforeParametersReceiveTheStateBeforeTheEvent() {
		this.contextRunner.withPropertyValues("discord.cache.messages-per-channel=10")
			.withBean(Edits.class)
			.run((context) -> {
				SimulatorControl control = context.getBean(DiscordSimulator.class).control();
				SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Edits", "alice");
				DiscordCache cache = context.getBean(DiscordCache.class);
				await().atMost(TIMEOUT).until(() -> cache.channel(scene.channel().id()).isPresent());
				SimMessage sent = control.say(scene.member().id(), scene.channel().id(), "teh");
				await().atMost(TIMEOUT).until(() -> cache.message(scene.channel().id(), sent.id()).isPresent());
				control.editMessage(scene.channel().id(), sent.id(),
						(message) -> message.toBuilder().content("the").build());
				Edits edits = context.getBean(Edits.class);
				await().atMost(TIMEOUT).until(() -> edits.seen.size() == 2);
				assertThat(edits.seen).containsExactly("teh -> the", "teh -> the");
			});
	}

	@Test
	void entitySettingsOfAKindComeFromItsOwnProperties() {
		DiscordCacheProperties properties = new DiscordCacheProperties();
		properties.getThreads().setEnabled(false);
		properties.getUsers().setMaximumSize(5);
		CacheSettings settings = DiscordCacheAutoConfiguration.settings(properties, null);
		assertThat(settings.kind(CacheKind.THREADS)).isEqualTo(EntitySettings.DISABLED);
		assertThat(settings.kind(CacheKind.USERS).maximumSize()).isEqualTo(5);
	}

	static class Edits {

		final java.util.List<String> seen = new CopyOnWriteArrayList<>();

		@DiscordListener
		void optional(MessageUpdateEvent event, @CachedBefore Optional<Message> before) {
			this.seen.add(before.map(Message::content).orElse("?") + " -> " + event.message().content());
		}

		@DiscordListener
		void plain(MessageUpdateEvent event, @CachedBefore Message before) {
			this.seen.add(((before != null) ? before.content() : "?") + " -> " + event.message().content());
		}

	}

}
