package dev.serenity.benchmarks.e2e;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every contestant of the end-to-end benchmark reports through, so that all of them measure the same way.
 * <p>
 * A client calls {@link #ready()} once all its shards are READY, and {@link #message(CharSequence, long)} from its
 * MESSAGE_CREATE listener with the {@code content} and {@code author.id} it read from its typed event. The first
 * counted event starts the clock and the CPU account; the {@code expected}-th stops them, prints one
 * {@code E2E DONE ...} line on standard output and halts the JVM (shutdown hooks and graceful closes are not part
 * of the measurement, and some clients take seconds over them).
 * <p>
 * Lines printed: {@code E2E READY uptime_ms=...} and
 * {@code E2E DONE events=... nanos=... cpu_nanos=... gc_count=... gc_ms=... hwm_kb=... rss_kb=... check=...}.
 */
public final class FloodCounter {

	private final long expected;

	private final AtomicLong count = new AtomicLong();

	private volatile long firstNanos;

	private volatile long firstCpuNanos;

	private volatile long[] firstGc;

	/** Written racily by design: it only keeps the JIT from discarding what the listeners read. */
	private long check;

	/**
	 * Create a counter.
	 * @param expected the events after which the run is done
	 */
	public FloodCounter(long expected) {
		if (expected < 1) {
			throw new IllegalArgumentException("expected must be at least 1");
		}
		this.expected = expected;
	}

	/**
	 * Report that every shard is READY.
	 */
	public void ready() {
		System.out.printf(Locale.ROOT, "E2E READY uptime_ms=%d%n", ManagementFactory.getRuntimeMXBean().getUptime());
		System.out.flush();
	}

	/**
	 * Count one MESSAGE_CREATE.
	 * @param content the message's content, as the client's typed event gives it
	 * @param authorId the author's id, as the client's typed event gives it
	 */
	public void message(CharSequence content, long authorId) {
		this.check += content.length() + authorId;
		long n = this.count.incrementAndGet();
		if (n == 1) {
			this.firstGc = gc();
			this.firstCpuNanos = cpuNanos();
			this.firstNanos = System.nanoTime();
		}
		else if (n == this.expected) {
			long end = System.nanoTime();
			long cpu = cpuNanos();
			long[] gc = gc();
			finish(end, cpu, gc);
		}
	}

	/**
	 * Return the events counted so far.
	 * @return the count
	 */
	public long count() {
		return this.count.get();
	}

	private void finish(long end, long cpu, long[] gc) {
		// The first event's fields are written before its increment; wait for them if its thread is still there.
		while (this.firstGc == null || this.firstNanos == 0) {
			Thread.onSpinWait();
		}
		long[] status = memory();
		System.out.printf(Locale.ROOT,
				"E2E DONE events=%d nanos=%d cpu_nanos=%d gc_count=%d gc_ms=%d hwm_kb=%d rss_kb=%d check=%d%n",
				this.expected, end - this.firstNanos, cpu - this.firstCpuNanos, gc[0] - this.firstGc[0],
				gc[1] - this.firstGc[1], status[0], status[1], this.check);
		System.out.flush();
		Runtime.getRuntime().halt(0);
	}

	/**
	 * Return the CPU time of the whole process so far: every thread, GC included.
	 * @return nanoseconds, or -1 where the JVM cannot tell
	 */
	static long cpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	private static long[] gc() {
		long collections = 0;
		long millis = 0;
		for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
			collections += Math.max(0, bean.getCollectionCount());
			millis += Math.max(0, bean.getCollectionTime());
		}
		return new long[] { collections, millis };
	}

	/**
	 * Return VmHWM (peak resident set) and VmRSS from {@code /proc/self/status}, in KiB; -1 where absent.
	 */
	static long[] memory() {
		long hwm = -1;
		long rss = -1;
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					hwm = kib(line);
				}
				else if (line.startsWith("VmRSS:")) {
					rss = kib(line);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: leave -1
		}
		return new long[] { hwm, rss };
	}

	private static long kib(String line) {
		String[] fields = line.trim().split("\\s+");
		return Long.parseLong(fields[1]);
	}

}
