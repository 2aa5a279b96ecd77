package dev.serenity.boot.test;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.serenity.boot.autoconfigure.DiscordClientCustomizer;
import dev.serenity.boot.listener.DiscordListener;
import dev.serenity.client.DiscordClientBuilder;
import dev.serenity.event.MessageCreateEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What component scanning keeps under {@link DiscordTest @DiscordTest}: listeners and customizers, unless the
 * annotation's filters say otherwise.
 */
class DiscordTypeExcludeFilterTests {

	private final MetadataReaderFactory metadataReaderFactory = new SimpleMetadataReaderFactory();

	@Test
	void matchWhenHasNoAnnotationShouldNotExcludeAnything() throws IOException {
		DiscordTypeExcludeFilter filter = new DiscordTypeExcludeFilter(WithoutDiscordTest.class);
		assertThat(excludes(filter, ExampleService.class)).isFalse();
	}

	@Test
	void matchWithDefaultFiltersShouldKeepListenersAndCustomizersOnly() throws IOException {
		DiscordTypeExcludeFilter filter = new DiscordTypeExcludeFilter(WithDefaultFilters.class);
		assertThat(excludes(filter, ExampleListener.class)).isFalse();
		assertThat(excludes(filter, MetaAnnotatedListener.class)).isFalse();
		assertThat(excludes(filter, InheritedListener.class)).isFalse();
		assertThat(excludes(filter, ExampleCustomizer.class)).isFalse();
		assertThat(excludes(filter, ExampleService.class)).isTrue();
		assertThat(excludes(filter, ExampleComponent.class)).isTrue();
	}

	@Test
	void matchWithIncludeFilterShouldKeepTheIncludedComponent() throws IOException {
		DiscordTypeExcludeFilter filter = new DiscordTypeExcludeFilter(WithIncludeFilter.class);
		assertThat(excludes(filter, ExampleService.class)).isFalse();
		assertThat(excludes(filter, ExampleComponent.class)).isTrue();
		assertThat(excludes(filter, ExampleListener.class)).isFalse();
	}

	@Test
	void matchWithoutDefaultFiltersShouldExcludeListeners() throws IOException {
		DiscordTypeExcludeFilter filter = new DiscordTypeExcludeFilter(WithoutDefaultFilters.class);
		assertThat(excludes(filter, ExampleListener.class)).isTrue();
		assertThat(excludes(filter, ExampleCustomizer.class)).isTrue();
	}

	@Test
	void matchWithExcludeFilterShouldDropTheExcludedListener() throws IOException {
		DiscordTypeExcludeFilter filter = new DiscordTypeExcludeFilter(WithExcludeFilter.class);
		assertThat(excludes(filter, ExampleListener.class)).isTrue();
		assertThat(excludes(filter, MetaAnnotatedListener.class)).isFalse();
	}

	private boolean excludes(DiscordTypeExcludeFilter filter, Class<?> type) throws IOException {
		return filter.match(this.metadataReaderFactory.getMetadataReader(type.getName()),
				this.metadataReaderFactory);
	}

	static class WithoutDiscordTest {

	}

	@DiscordTest
	static class WithDefaultFilters {

	}

	@DiscordTest(includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ExampleService.class))
	static class WithIncludeFilter {

	}

	@DiscordTest(useDefaultFilters = false)
	static class WithoutDefaultFilters {

	}

	@DiscordTest(excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ExampleListener.class))
	static class WithExcludeFilter {

	}

	@Component
	static class ExampleListener {

		@DiscordListener
		void on(MessageCreateEvent event) {
		}

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@DiscordListener(event = "MESSAGE_CREATE")
	@interface OnMessage {

	}

	@Component
	static class MetaAnnotatedListener {

		@OnMessage
		void on(MessageCreateEvent event) {
		}

	}

	@Component
	static class InheritedListener extends ExampleListener {

	}

	@Component
	static class ExampleCustomizer implements DiscordClientCustomizer {

		@Override
		public void customize(DiscordClientBuilder builder) {
		}

	}

	@Service
	static class ExampleService {

	}

	@Component
	static class ExampleComponent {

	}

}
