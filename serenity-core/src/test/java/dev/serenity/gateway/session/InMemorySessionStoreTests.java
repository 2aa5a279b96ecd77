package dev.serenity.gateway.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link InMemorySessionStore}.
 */
class InMemorySessionStoreTests {

	private final InMemorySessionStore store = new InMemorySessionStore();

	@Test
	void savedSessionIsLoadedForTheSameShardAndShardCountOnly() {
		Session session = new Session("abc", 7, "wss://resume.example", 1, 4);
		this.store.save(session);
		assertThat(this.store.load(1, 4)).contains(session);
		assertThat(this.store.load(1, 2)).isEmpty();
		assertThat(this.store.load(0, 4)).isEmpty();
	}

	@Test
	void saveReplacesAndDeleteForgets() {
		this.store.save(new Session("abc", 7, "wss://resume.example", 0, 1));
		this.store.save(new Session("abc", 9, "wss://resume.example", 0, 1));
		assertThat(this.store.load(0, 1)).hasValueSatisfying((session) -> assertThat(session.sequence()).isEqualTo(9));
		this.store.delete(0, 1);
		assertThat(this.store.load(0, 1)).isEmpty();
		this.store.delete(0, 1);
	}

}
