package dev.serenity.client;

import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One ordered lane of the dispatcher: a bounded queue and the one thread that runs its listeners. Every event of a
 * guild goes to the same lane, so a guild's events run in order; lanes run in parallel.
 */
final class DispatchLane {

	private static final Object WAKE = new Object();

	private static final Object STOP = new Object();

	private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

	private final AtomicInteger dispatches = new AtomicInteger();

	private final Queue<Runnable> waiters = new ConcurrentLinkedQueue<>();

	private final int capacity;

	private final Consumer<Object> handler;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final Thread thread;

	private volatile boolean stopping;

	DispatchLane(int capacity, Consumer<Object> handler, ThreadFactory threads) {
		this.capacity = capacity;
		this.handler = handler;
		this.thread = threads.newThread(this::run);
		this.thread.start();
	}

	/**
	 * Queue a dispatch if the lane has room; otherwise remember the callback, which the lane's thread runs once it
	 * has taken something off the queue.
	 */
	boolean offer(Object dispatch, Runnable onSpace) {
		if (this.dispatches.incrementAndGet() <= this.capacity) {
			this.queue.add(dispatch);
			return true;
		}
		this.dispatches.decrementAndGet();
		this.waiters.add(onSpace);
		if (this.dispatches.get() < this.capacity) {
			// Room appeared after the failed attempt: make the lane run the waiters.
			this.queue.add(WAKE);
		}
		return false;
	}

	/**
	 * Queue an event the client creates itself; it does not count against the capacity.
	 */
	void force(Object event) {
		this.queue.add(event);
	}

	int queued() {
		return this.dispatches.get();
	}

	private void run() {
		try {
			while (true) {
				Object item;
				try {
					item = this.queue.take();
				}
				catch (InterruptedException ex) {
					if (this.stopping) {
						Thread.currentThread().interrupt();
						return;
					}
					// A listener left the thread interrupted; the lane must outlive it.
					continue;
				}
				if (item == STOP) {
					return;
				}
				if (item instanceof Counted) {
					this.dispatches.decrementAndGet();
				}
				runWaiters();
				if (item != WAKE) {
					try {
						this.handler.accept(item);
					}
					catch (Throwable ex) {
						LoggerHolder.logger.error("Dispatch lane failed on {}; it carries on", item, ex);
					}
				}
			}
		}
		finally {
			this.stopped.countDown();
		}
	}

	/**
	 * Run the waiters registered so far, once each; a waiter that finds the lane full again registers anew and runs
	 * after the next item is taken, so the lane always makes progress.
	 */
	private void runWaiters() {
		for (int count = this.waiters.size(); count > 0; count--) {
			Runnable waiter = this.waiters.poll();
			if (waiter == null) {
				return;
			}
			try {
				waiter.run();
			}
			catch (Throwable ex) {
				LoggerHolder.logger.error("A shard failed to resume reading", ex);
			}
		}
	}

	/**
	 * Stop after everything queued so far has run.
	 * @param timeoutMillis how long to wait
	 * @return whether the lane finished in time
	 */
	boolean stop(long timeoutMillis) throws InterruptedException {
		this.stopping = true;
		this.queue.add(STOP);
		return this.stopped.await(timeoutMillis, TimeUnit.MILLISECONDS);
	}

	void interrupt() {
		this.thread.interrupt();
	}

	private static final class LoggerHolder {

		private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(DispatchLane.class);

	}

	/**
	 * Marks items that count against the capacity.
	 */
	interface Counted {

	}

}
