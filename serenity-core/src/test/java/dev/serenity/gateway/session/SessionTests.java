package dev.serenity.gateway.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link Session}'s checks.
 */
class SessionTests {

	private static final String URL = "wss://gateway-us-east1-b.discord.gg";

	@Test
	void validSessionKeepsItsComponents() {
		Session session = new Session("abc", 42, URL, 1, 2);
		assertThat(session.sessionId()).isEqualTo("abc");
		assertThat(session.sequence()).isEqualTo(42);
		assertThat(session.resumeGatewayUrl()).isEqualTo(URL);
		assertThat(session.shardId()).isOne();
		assertThat(session.shardCount()).isEqualTo(2);
		assertThat(session.withSequence(43)).isEqualTo(new Session("abc", 43, URL, 1, 2));
	}

	@Test
	void blankIdOrUrlIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Session(" ", 0, URL, 0, 1))
			.withMessageContaining("'sessionId'");
		assertThatIllegalArgumentException().isThrownBy(() -> new Session(null, 0, URL, 0, 1))
			.withMessageContaining("'sessionId'");
		assertThatIllegalArgumentException().isThrownBy(() -> new Session("abc", 0, "", 0, 1))
			.withMessageContaining("'resumeGatewayUrl'");
	}

	@Test
	void negativeSequenceIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Session("abc", -1, URL, 0, 1))
			.withMessageContaining("'sequence'");
	}

	@Test
	void shardOutsideTheShardCountIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Session("abc", 0, URL, 2, 2))
			.withMessageContaining("'shardId'");
		assertThatIllegalArgumentException().isThrownBy(() -> new Session("abc", 0, URL, -1, 2))
			.withMessageContaining("'shardId'");
		assertThatIllegalArgumentException().isThrownBy(() -> new Session("abc", 0, URL, 0, 0))
			.withMessageContaining("'shardCount'");
	}

}
