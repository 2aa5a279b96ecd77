package dev.serenity.boot.test.bot;

import org.springframework.stereotype.Service;

/**
 * A service of the bot that no listener needs: {@code @DiscordTest} must leave it out.
 */
@Service
public class GreetingService {

	String greet(String name) {
		return "Hello, " + name;
	}

}
