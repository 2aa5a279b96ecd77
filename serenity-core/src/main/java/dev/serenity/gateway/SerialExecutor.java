package dev.serenity.gateway;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a delegate executor: the single thread of control of a shard.
 * Tasks never run concurrently with each other, whichever threads submit them.
 */
public final class SerialExecutor implements Executor {

	private static final Logger logger = LoggerFactory.getLogger(SerialExecutor.class);

	private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

	private final AtomicInteger pending = new AtomicInteger();

	private final Executor delegate;

	/**
	 * Create a serial executor.
	 * @param delegate where the draining runs
	 */
	public SerialExecutor(Executor delegate) {
		this.delegate = delegate;
	}

	@Override
	public void execute(Runnable task) {
		this.tasks.add(task);
		if (this.pending.getAndIncrement() == 0) {
			this.delegate.execute(this::drain);
		}
	}

	private void drain() {
		do {
			Runnable task = this.tasks.poll();
			try {
				task.run();
			}
			catch (Throwable ex) {
				logger.error("Shard task failed", ex);
			}
		}
		while (this.pending.decrementAndGet() != 0);
	}

}
