package dev.serenity.client;

import java.lang.reflect.Method;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which threads run listeners. {@link #AUTO} uses virtual threads on Java 21 and later and platform threads on
 * Java 17; the library is compiled for Java 17 and reaches virtual threads reflectively.
 */
public enum ListenerThreads {

	/** Virtual threads when the JVM has them, otherwise platform threads. */
	AUTO,

	/** Platform (daemon) threads. */
	PLATFORM,

	/** Virtual threads; fails on a JVM without them. */
	VIRTUAL;

	/**
	 * Return whether this JVM has virtual threads.
	 * @return whether {@code Thread.ofVirtual()} exists
	 */
	public static boolean virtualThreadsAvailable() {
		return virtualFactory("probe-") != null;
	}

	/**
	 * Create the thread factory for this choice.
	 * @param prefix thread name prefix
	 * @return the factory
	 * @throws IllegalStateException for {@link #VIRTUAL} on a JVM without virtual threads
	 */
	public ThreadFactory factory(String prefix) {
		if (this != PLATFORM) {
			ThreadFactory virtual = virtualFactory(prefix);
			if (virtual != null) {
				return virtual;
			}
			if (this == VIRTUAL) {
				throw new IllegalStateException("Virtual threads need Java 21 or later; this JVM is "
						+ Runtime.version() + ". Use ListenerThreads.AUTO or PLATFORM.");
			}
		}
		AtomicInteger counter = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, prefix + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	private static ThreadFactory virtualFactory(String prefix) {
		try {
			Class<?> builderType = Class.forName("java.lang.Thread$Builder");
			Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
			Method name = builderType.getMethod("name", String.class, long.class);
			Object named = name.invoke(builder, prefix, 1L);
			return (ThreadFactory) builderType.getMethod("factory").invoke(named);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
