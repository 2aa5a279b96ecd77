package dev.serenity.boot.test.bot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small bot for the test kit's own tests: {@link PingPongListener}, a {@link RecordingCustomizer} and a
 * {@link GreetingService} that {@code @DiscordTest} leaves out.
 */
@SpringBootApplication
public class TestBotApplication {

}
