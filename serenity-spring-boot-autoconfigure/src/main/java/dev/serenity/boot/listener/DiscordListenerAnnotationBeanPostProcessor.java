package dev.serenity.boot.listener;

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
 * {@link DiscordListenerEndpointRegistry} once every singleton exists.
 */
public class DiscordListenerAnnotationBeanPostProcessor
		implements BeanPostProcessor, BeanFactoryAware, SmartInitializingSingleton {

	private final Map<String, List<DiscordListenerEndpoint>> found = new ConcurrentHashMap<>();

	private final Map<Class<?>, Boolean> withoutListeners = new ConcurrentHashMap<>();

	private BeanFactory beanFactory;

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
		}
		else {
			this.found.put(beanName, endpoints);
		}
		return bean;
	}

	@Override
	public void afterSingletonsInstantiated() {
		DiscordListenerEndpointRegistry registry = this.beanFactory.getBean(DiscordListenerEndpointRegistry.class);
		this.found.values().forEach(registry::register);
		this.found.clear();
	}

}
