package dev.serenity.boot.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Finds {@link DiscordListener} methods on beans (meta-annotations included), checks them, and hands them to the
 * {@link DiscordListenerEndpointRegistry} once every singleton exists. A bean created later (a {@code @Lazy} bean or
 * a prototype) goes to the registry directly, so if the listeners are already installed on the client its creation
 * fails instead of its listener methods being ignored.
 */
public class DiscordListenerAnnotationBeanPostProcessor
		implements BeanPostProcessor, BeanFactoryAware, SmartInitializingSingleton {

	private final List<List<DiscordListenerEndpoint>> found = new ArrayList<>();

	private final Map<Class<?>, Boolean> withoutListeners = new ConcurrentHashMap<>();

	private BeanFactory beanFactory;

	private boolean singletonsInstantiated;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		Class<?> type = AopUtils.getTargetClass(bean);
		if (this.withoutListeners.containsKey(type) || type.getName().startsWith("org.springframework.")) {
			return bean;
		}
		List<DiscordListenerEndpoint> endpoints = DiscordListenerMethods.endpoints(bean, type);
		if (endpoints.isEmpty()) {
			this.withoutListeners.put(type, Boolean.TRUE);
			return bean;
		}
		synchronized (this.found) {
			if (!this.singletonsInstantiated) {
				this.found.add(endpoints);
				return bean;
			}
		}
		registry().register(endpoints);
		return bean;
	}

	@Override
	public void afterSingletonsInstantiated() {
		DiscordListenerEndpointRegistry registry = registry();
		synchronized (this.found) {
			this.singletonsInstantiated = true;
			this.found.forEach(registry::register);
			this.found.clear();
		}
	}

	private DiscordListenerEndpointRegistry registry() {
		return this.beanFactory.getBean(DiscordListenerEndpointRegistry.class);
	}

}
