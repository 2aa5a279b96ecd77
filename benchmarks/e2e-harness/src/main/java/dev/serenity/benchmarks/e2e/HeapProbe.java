package dev.serenity.benchmarks.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Measures what a client's heap retains: the used heap after full collections, repeated until it stops shrinking,
 * and prints it on standard output for {@link CacheMemoryDriver} ({@code E2E MEM <phase> heap=<bytes> ...}).
 */
public final class HeapProbe {

	private static final int MAX_COLLECTIONS = 10;

	private HeapProbe() {
	}

	/**
	 * Return the heap in use after full collections.
	 * @return bytes retained
	 */
	public static long retained() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long previous = Long.MAX_VALUE;
		long used = 0;
		for (int i = 0; i < MAX_COLLECTIONS; i++) {
			System.gc();
			used = memory.getHeapMemoryUsage().getUsed();
			if (used >= previous - 64 * 1024) {
				break;
			}
			previous = used;
		}
		return used;
	}

	/**
	 * Measure and report a phase.
	 * @param phase {@code MEMBERS} or {@code MESSAGES}
	 * @param field the count's name ({@code members}, {@code messages})
	 * @param count how many entries the client's cache holds
	 */
	public static void report(String phase, String field, long count) {
		System.out.printf(Locale.ROOT, "E2E MEM %s heap=%d %s=%d%n", phase, retained(), field, count);
		System.out.flush();
	}

}
