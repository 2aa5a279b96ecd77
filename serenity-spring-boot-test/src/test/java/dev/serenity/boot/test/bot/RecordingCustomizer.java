package dev.serenity.boot.test.bot;

import java.util.concurrent.atomic.AtomicInteger;

import dev.serenity.boot.autoconfigure.DiscordClientCustomizer;
import dev.serenity.client.DiscordClientBuilder;
import org.springframework.stereotype.Component;

/**
 * A {@link DiscordClientCustomizer} component: {@code @DiscordTest} must include and apply it.
 */
@Component
public class RecordingCustomizer implements DiscordClientCustomizer {

	final AtomicInteger calls = new AtomicInteger();

	@Override
	public void customize(DiscordClientBuilder builder) {
		this.calls.incrementAndGet();
	}

}
