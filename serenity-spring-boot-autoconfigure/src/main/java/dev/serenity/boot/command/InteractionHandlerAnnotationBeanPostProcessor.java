package dev.serenity.boot.command;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Finds the interaction handler methods of every bean ({@link SlashCommand @SlashCommand},
 * {@link Subcommand @Subcommand}, {@link UserCommand @UserCommand}, {@link MessageCommand @MessageCommand},
 * {@link Autocomplete @Autocomplete}, {@link ComponentHandler @ComponentHandler}, {@link ModalHandler @ModalHandler})
 * and registers them with the {@link InteractionHandlerRegistry}. Classes without any are remembered and skipped.
 */
public class InteractionHandlerAnnotationBeanPostProcessor implements BeanPostProcessor, BeanFactoryAware {

	private final Set<Class<?>> classesWithoutHandlers = Collections.newSetFromMap(new ConcurrentHashMap<>());

	private BeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (bean instanceof InteractionHandlerRegistry) {
			return bean;
		}
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		if (this.classesWithoutHandlers.contains(targetClass)) {
			return bean;
		}
		if (!InteractionHandlerRegistry.declaresHandlers(targetClass)) {
			this.classesWithoutHandlers.add(targetClass);
			return bean;
		}
		this.beanFactory.getBean(InteractionHandlerRegistry.class).register(bean, targetClass);
		return bean;
	}

}
