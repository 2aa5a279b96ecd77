package dev.serenity.sample;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample bot. Without {@code DISCORD_TOKEN} in the environment it runs on the embedded Discord simulator; with
 * it, against Discord.
 */
@SpringBootApplication
public class SampleBotApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SampleBotApplication.class);
		application.setDefaultProperties(defaults(System.getenv("DISCORD_TOKEN")));
		application.run(args);
	}

	/**
	 * Return the default properties: the simulator unless a token is in the environment.
	 * @param token the token from the environment, or {@code null}
	 * @return the defaults
	 */
	static Map<String, Object> defaults(String token) {
		boolean simulator = token == null || token.isBlank();
		return Map.of("discord.simulator.enabled", simulator);
	}

}
