package dev.serenity.simulator.http;

import java.util.HashMap;
import java.util.Map;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@code /webhooks/...} requests the interaction family answers (the rest belong to plain webhooks).
 */
class InteractionRoutesHandlesTests {

	private static final long APPLICATION = 1234;

	private static HttpCall call(String path) {
		return new HttpCall("POST", path, new HashMap<>(), Map.of(), new DefaultHttpHeaders(), new byte[0]);
	}

	@Test
	void webhooksOfTheApplicationIdAreInteractionWebhooks() {
		assertThat(InteractionRoutes.handles(call("/webhooks/1234/interaction.1"), APPLICATION)).isTrue();
		assertThat(InteractionRoutes.handles(call("/webhooks/1234/token/messages/@original"), APPLICATION)).isTrue();
		assertThat(InteractionRoutes.handles(call("/webhooks/1234/token/messages/99"), APPLICATION)).isTrue();
		assertThat(InteractionRoutes.handles(call("/webhooks/999/token"), APPLICATION)).isFalse();
		assertThat(InteractionRoutes.handles(call("/webhooks/1234"), APPLICATION)).isFalse();
		assertThat(InteractionRoutes.handles(call("/channels/1234/webhooks"), APPLICATION)).isFalse();
	}

}
