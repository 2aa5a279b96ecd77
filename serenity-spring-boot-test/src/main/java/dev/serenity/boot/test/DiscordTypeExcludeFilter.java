package dev.serenity.boot.test;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import dev.serenity.boot.autoconfigure.DiscordClientCustomizer;
import dev.serenity.boot.command.Autocomplete;
import dev.serenity.boot.command.ComponentHandler;
import dev.serenity.boot.command.MessageCommand;
import dev.serenity.boot.command.ModalHandler;
import dev.serenity.boot.command.SlashCommand;
import dev.serenity.boot.command.Subcommand;
import dev.serenity.boot.command.UserCommand;
import dev.serenity.boot.listener.DiscordListener;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * {@link TypeExcludeFilter} for {@link DiscordTest @DiscordTest}: component scanning keeps classes that declare
 * {@link DiscordListener @DiscordListener} methods (directly or through a meta-annotation), interaction handlers
 * ({@link SlashCommand @SlashCommand} classes and methods, {@link UserCommand @UserCommand},
 * {@link MessageCommand @MessageCommand}, {@link Autocomplete @Autocomplete}, {@link ComponentHandler
 * @ComponentHandler} and {@link ModalHandler @ModalHandler} methods) and
 * {@link DiscordClientCustomizer} implementations, and nothing else.
 */
final class DiscordTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<DiscordTest> {

	private static final List<Class<?>> INTERACTION_HANDLERS = List.of(SlashCommand.class, Subcommand.class,
			UserCommand.class, MessageCommand.class, Autocomplete.class, ComponentHandler.class, ModalHandler.class);

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
		if (metadataReader.getAnnotationMetadata().hasAnnotation(SlashCommand.class.getName())) {
			return true;
		}
		for (Class<?> handler : INTERACTION_HANDLERS) {
			if (metadataReader.getAnnotationMetadata().hasAnnotatedMethods(handler.getName())) {
				return true;
			}
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
