package dev.serenity.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Annotation for a test of a bot's listeners that focuses <strong>only</strong> on Discord: the client, its
 * {@code @DiscordListener} pipeline and an embedded Discord simulator the client connects to.
 * <p>
 * Only the Discord auto-configuration is applied (see
 * {@code META-INF/spring/dev.serenity.boot.test.DiscordTest.imports} and
 * {@link AutoConfigureDiscordSimulator @AutoConfigureDiscordSimulator}). Component scanning is limited to beans
 * that declare {@link dev.serenity.boot.listener.DiscordListener @DiscordListener} methods and beans that implement
 * {@link dev.serenity.boot.autoconfigure.DiscordClientCustomizer DiscordClientCustomizer}; other components, such as
 * services a listener needs, are left out: provide them with {@code @MockitoBean}, {@code @Import} or
 * {@link #includeFilters()}.
 * <p>
 * Inject {@link SimulatedDiscord} to build a guild, make users talk and assert on what the bot sent:
 *
 * <pre class="code">
 * &#064;DiscordTest(properties = "discord.intents=GUILDS,GUILD_MESSAGES,MESSAGE_CONTENT")
 * class PingListenerTests {
 *
 *     &#064;Autowired
 *     SimulatedDiscord discord;
 *
 *     &#064;Test
 *     void answersPing() {
 *         SimulatedGuild guild = discord.guild("Test");
 *         guild.member("alice").says(guild.channel(), "!ping");
 *         assertThat(discord).channel(guild.channel()).awaitMessage("Pong!");
 *     }
 *
 * }
 * </pre>
 *
 * @see AutoConfigureDiscordSimulator
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(DiscordTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(DiscordTypeExcludeFilter.class)
@AutoConfigureDiscordSimulator
@ImportAutoConfiguration
public @interface DiscordTest {

	/**
	 * Properties in form {@literal key=value} that should be added to the Spring
	 * {@link org.springframework.core.env.Environment Environment} before the test runs.
	 * @return the properties to add
	 */
	String[] properties() default {};

	/**
	 * Whether default filtering should be used with
	 * {@link org.springframework.boot.autoconfigure.SpringBootApplication @SpringBootApplication}. By default, only
	 * beans with {@code @DiscordListener} methods and {@code DiscordClientCustomizer} beans are included.
	 * @see #includeFilters()
	 * @see #excludeFilters()
	 * @return whether default filters should be used
	 */
	boolean useDefaultFilters() default true;

	/**
	 * A set of include filters which can be used to add otherwise filtered beans to the application context.
	 * @return include filters to apply
	 */
	Filter[] includeFilters() default {};

	/**
	 * A set of exclude filters which can be used to filter beans that would otherwise be added to the application
	 * context.
	 * @return exclude filters to apply
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configuration exclusions that should be applied for this test.
	 * @return auto-configuration exclusions to apply
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
