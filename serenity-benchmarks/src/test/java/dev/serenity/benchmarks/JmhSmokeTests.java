package dev.serenity.benchmarks;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every JMH benchmark of this module once, briefly, in one fork: no warm-up and one 100 ms iteration. It fails
 * when a benchmark throws or the GC profiler reports no allocation per operation, never on timings.
 */
class JmhSmokeTests {

	@Test
	void everyBenchmarkRuns() throws RunnerException {
		Options options = new OptionsBuilder().include("dev\\.serenity\\.benchmarks\\..*Benchmark\\..*")
			.forks(1)
			.warmupIterations(0)
			.measurementIterations(1)
			.measurementTime(TimeValue.milliseconds(100))
			.addProfiler(GCProfiler.class)
			.jvmArgsAppend("-Xmx512m")
			.shouldFailOnError(true)
			.verbosity(VerboseMode.SILENT)
			.build();
		Collection<RunResult> results = new Runner(options).run();
		assertThat(results).extracting((result) -> result.getParams().getBenchmark())
			.contains("dev.serenity.benchmarks.DecodeBenchmark.messageCreate",
					"dev.serenity.benchmarks.DecodeBenchmark.messageCreateEnvelope",
					"dev.serenity.benchmarks.DecodeBenchmark.guildCreate",
					"dev.serenity.benchmarks.DecodeBenchmark.presenceUpdate",
					"dev.serenity.benchmarks.DecodeBenchmark.interactionCreate",
					"dev.serenity.benchmarks.DispatchBenchmark.frameToListener",
					"dev.serenity.benchmarks.InflateBenchmark.zlibStream",
					"dev.serenity.benchmarks.InflateBenchmark.zstdStream");
		assertThat(results).allSatisfy((result) -> assertThat(result.getSecondaryResults())
			.containsKey("gc.alloc.rate.norm"));
	}

}
