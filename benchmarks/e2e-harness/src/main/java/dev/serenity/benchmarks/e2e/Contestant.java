package dev.serenity.benchmarks.e2e;

import java.util.Arrays;
import java.util.List;

/**
 * The clients the end-to-end benchmark runs, each in its own JVM.
 *
 * @param id the name on the command line and in the JSON
 * @param label the name in the report
 * @param module the module under {@code benchmarks/} whose {@code target/classes} and {@code target/lib} form the
 * class path
 * @param mainClass the client's main class
 * @param compress the transport compression it is told to use
 * @param peer whether it is a peer (not ours, not the baseline)
 */
public record Contestant(String id, String label, String module, String mainClass, String compress, boolean peer) {

	private static final String SERENITY = "dev.serenity.benchmarks.e2e.serenity.";

	/** Every contestant, in report order. */
	public static final List<Contestant> ALL = List.of(
			new Contestant("baseline", "baseline: plain socket, counts frames", "e2e-harness",
					"dev.serenity.benchmarks.e2e.BaselineClient", "none", false),
			new Contestant("serenity-core", "serenity core", "e2e-serenity", SERENITY + "CoreClient", "none", false),
			new Contestant("serenity-core-zlib", "serenity core, zlib-stream", "e2e-serenity", SERENITY + "CoreClient",
					"zlib-stream", false),
			new Contestant("serenity-spring", "serenity via the Spring Boot starter", "e2e-serenity",
					SERENITY + "SpringClient", "none", false),
			new Contestant("jda", "JDA createDefault", "e2e-jda", "dev.serenity.benchmarks.e2e.jda.JdaClient", "none",
					true),
			new Contestant("jda-zlib", "JDA createDefault, zlib-stream", "e2e-jda",
					"dev.serenity.benchmarks.e2e.jda.JdaClient", "zlib-stream", true),
			new Contestant("d4j", "Discord4J, Store.noOp(), zlib-stream", "e2e-d4j",
					"dev.serenity.benchmarks.e2e.d4j.D4jClient", "zlib-stream", true));

	/**
	 * Return the contestants with the given ids.
	 * @param ids comma-separated ids, or {@code all}
	 * @return the contestants, in report order
	 */
	public static List<Contestant> select(String ids) {
		if (ids.equals("all")) {
			return ALL;
		}
		List<String> wanted = Arrays.asList(ids.split(","));
		for (String id : wanted) {
			if (ALL.stream().noneMatch((contestant) -> contestant.id().equals(id))) {
				throw new IllegalArgumentException("Unknown contestant '" + id + "'; known: "
						+ ALL.stream().map(Contestant::id).toList());
			}
		}
		return ALL.stream().filter((contestant) -> wanted.contains(contestant.id())).toList();
	}

}
