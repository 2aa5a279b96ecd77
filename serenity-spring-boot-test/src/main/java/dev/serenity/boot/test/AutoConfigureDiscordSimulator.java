package dev.serenity.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Annotation on a test class that starts an embedded Discord simulator for the test's application context, points
 * the bot at it instead of Discord, and makes a {@link SimulatedDiscord} bean available for injection.
 * <p>
 * Each distinct test application context gets its own simulator on a free loopback port (unless
 * {@code discord.simulator.port} says otherwise); tests that share a cached context share its simulator, so give
 * each test its own guild with {@link SimulatedDiscord#guild(String)}. Use it with {@code @SpringBootTest}; it is
 * already part of {@link DiscordTest @DiscordTest}.
 *
 * @see DiscordTest
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("discord.simulator")
public @interface AutoConfigureDiscordSimulator {

	/**
	 * Whether to start the simulator and connect the bot to it ({@code discord.simulator.enabled}).
	 * @return whether the simulator is enabled
	 */
	boolean enabled() default true;

}
