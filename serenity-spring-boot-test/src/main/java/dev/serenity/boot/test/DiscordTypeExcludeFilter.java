package dev.serenity.boot.test;

import java.io.IOException;
import java.util.Set;

import dev.serenity.boot.autoconfigure.DiscordClientCustomizer;
import dev.serenity.boot.listener.DiscordListener;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * {@link TypeExcludeFilter} for {@link DiscordTest @DiscordTest}: component scanning keeps classes that declare
 * {@link DiscordListener @DiscordListener} methods (directly or through a meta-annotation) and
 * {@link DiscordClientCustomizer} implementations, and nothing else.
 */
final class DiscordTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<DiscordTest> {

	private static final Set<Class<?>> KNOWN_INCLUDES = Set.of(DiscordClientCustomizer.class);

	DiscordTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

	@Override
	protected Set<Class<?>> getKnownIncludes() {
		return KNOWN_INCLUDES;
	}

	@Override
	protected boolean defaultInclude(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory)
			throws IOException {
		return super.defaultInclude(metadataReader, metadataReaderFactory)
				|| hasListenerMethods(metadataReader, metadataReaderFactory);
	}

	private boolean hasListenerMethods(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory)
			throws IOException {
		if (metadataReader.getAnnotationMetadata().hasAnnotatedMethods(DiscordListener.class.getName())) {
			return true;
		}
		// Listener methods a component inherits from its superclasses count too.
		String superClassName = metadataReader.getClassMetadata().getSuperClassName();
		if (superClassName == null || superClassName.startsWith("java.")) {
			return false;
		}
		try {
			return hasListenerMethods(metadataReaderFactory.getMetadataReader(superClassName), metadataReaderFactory);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
