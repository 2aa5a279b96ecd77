package dev.serenity.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import dev.serenity.json.DiscordJson;
import dev.serenity.model.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The default store and the message ring: limits by count and by age on an injected clock, and their counters.
 */
class InMemoryCacheStoreTests {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

	private final InMemoryCacheStore store = new InMemoryCacheStore(this.now::get);

	@Test
	void anUnboundedKindCountsHitsAndMissesAndNeverEvicts() {
		EntityStore<Long, String> users = this.store.create(CacheKind.USERS, EntitySettings.DEFAULT);
		for (long i = 0; i < 1000; i++) {
			users.put(i, "user" + i);
		}
		assertThat(users.get(1L)).isEqualTo("user1");
		assertThat(users.get(5000L)).isNull();
		assertThat(users.peek(2L)).isEqualTo("user2");
		assertThat(users.statistics()).isEqualTo(new CacheStatistics(1000, 1, 1, 0));
	}

	@Test
	void aMaximumSizeEvictsTheLeastRecentlyUsedAndCountsEvictions() {
		EntityStore<Long, String> members = this.store.create(CacheKind.MEMBERS,
				EntitySettings.DEFAULT.withMaximumSize(100));
		for (long i = 0; i < 1000; i++) {
			members.put(i, "member" + i);
		}
		CacheStatistics statistics = members.statistics();
		assertThat(statistics.size()).isLessThanOrEqualTo(100);
		assertThat(statistics.evictions()).isGreaterThanOrEqualTo(900);
	}

	@Test
	void aTimeToLiveExpiresEntriesOnTheInjectedClock() {
		EntityStore<Long, String> presences = this.store.create(CacheKind.PRESENCES,
				EntitySettings.DEFAULT.withTimeToLive(Duration.ofMinutes(5)));
		presences.put(1L, "online");
		this.now.set(this.now.get().plus(Duration.ofMinutes(4)));
		assertThat(presences.get(1L)).isEqualTo("online");
		this.now.set(this.now.get().plus(Duration.ofMinutes(2)));
		assertThat(presences.get(1L)).isNull();
	}

	@Test
	void aChannelKeepsItsNewestMessagesAndDropsExpiredOnesFromReads() {
		ChannelMessages ring = new ChannelMessages(3);
		for (int i = 1; i <= 5; i++) {
			ring.add(message(i), i * 1000L);
		}
		assertThat(ring.list(Long.MIN_VALUE)).extracting(Message::content).containsExactly("m3", "m4", "m5");
		assertThat(ring.dropped()).isEqualTo(2);
		assertThat(ring.list(4000)).extracting(Message::content).containsExactly("m4", "m5");
		assertThat(ring.find(3, 4000)).isNull();
		assertThat(ring.remove(4)).extracting(Message::content).isEqualTo("m4");
		assertThat(ring.list(Long.MIN_VALUE)).extracting(Message::content).containsExactly("m3", "m5");
		ring.add(message(6), 6000);
		ring.add(message(7), 7000);
		assertThat(ring.list(Long.MIN_VALUE)).extracting(Message::content).containsExactly("m5", "m6", "m7");
		assertThat(ring.replace(message(99))).isNull();
	}

	@Test
	void aRingGrowsToItsCapacityKeepingOrder() {
		ChannelMessages ring = new ChannelMessages(100);
		for (int i = 1; i <= 50; i++) {
			ring.add(message(i), i);
		}
		assertThat(ring.remove(10)).isNotNull();
		assertThat(ring.list(Long.MIN_VALUE)).hasSize(49).first().extracting(Message::content).isEqualTo("m1");
		for (int i = 51; i <= 250; i++) {
			ring.add(message(i), i);
		}
		assertThat(ring.list(Long.MIN_VALUE)).extracting((message) -> message.id().value())
			.containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(151, 250).boxed().toList());
		assertThat(ring.find(200, Long.MIN_VALUE)).isNotNull();
	}

	@Test
	void badSettingsNameTheFieldToFix() {
		assertThatIllegalArgumentException().isThrownBy(() -> EntitySettings.DEFAULT.withMaximumSize(-1))
			.withMessageContaining("'maximumSize'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EntitySettings.DEFAULT.withTimeToLive(Duration.ofSeconds(-1)))
			.withMessageContaining("'timeToLive'");
		assertThatIllegalArgumentException().isThrownBy(() -> CacheSettings.builder().messagesPerChannel(-1))
			.withMessageContaining("'messagesPerChannel'");
	}

	private static Message message(long id) {
		return DiscordJson.mapper()
			.readValue("{\"id\":\"" + id + "\",\"channel_id\":\"1\",\"content\":\"m" + id + "\"}", Message.class);
	}

}
