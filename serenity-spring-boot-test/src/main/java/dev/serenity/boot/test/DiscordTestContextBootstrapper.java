package dev.serenity.boot.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;
import org.springframework.test.context.TestContextBootstrapper;

/**
 * {@link TestContextBootstrapper} for {@link DiscordTest @DiscordTest}: adds the annotation's
 * {@link DiscordTest#properties() properties} to the environment.
 */
class DiscordTestContextBootstrapper extends TestSliceTestContextBootstrapper<DiscordTest> {

}
