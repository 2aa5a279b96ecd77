package dev.serenity.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the benchmark mains write to {@code --out}: {@code {"name": ..., "metrics": {...}, "notes": ...}}.
 */
public final class BenchmarkReport {

	private final String name;

	private final Map<String, Object> metrics = new LinkedHashMap<>();

	private final StringBuilder notes = new StringBuilder();

	/**
	 * Create an empty report.
	 * @param name the benchmark's name
	 */
	public BenchmarkReport(String name) {
		this.name = name;
	}

	/**
	 * Add a metric.
	 * @param key its name
	 * @param value a number, string or boolean
	 * @return this report
	 */
	public BenchmarkReport metric(String key, Object value) {
		this.metrics.put(key, value);
		return this;
	}

	/**
	 * Add a sentence to the notes.
	 * @param note the sentence
	 * @return this report
	 */
	public BenchmarkReport note(String note) {
		this.notes.append((this.notes.length() > 0) ? " " : "").append(note);
		return this;
	}

	/**
	 * Write the report to the {@code --out=<file>} of the arguments, if there is one.
	 * @param args the program's arguments
	 * @throws IOException if the file cannot be written
	 */
	public void write(String[] args) throws IOException {
		String out = option(args, "out", null);
		if (out == null) {
			return;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", this.name);
		json.put("metrics", this.metrics);
		json.put("notes", this.notes.toString());
		Path path = Path.of(out).toAbsolutePath();
		if (path.getParent() != null) {
			Files.createDirectories(path.getParent());
		}
		Files.writeString(path, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
			.writeValueAsString(json) + System.lineSeparator());
	}

	/**
	 * Return the value of a {@code --name=value} argument.
	 * @param args the program's arguments
	 * @param name the option's name
	 * @param fallback the value when absent
	 * @return the value
	 */
	public static String option(String[] args, String name, String fallback) {
		String prefix = "--" + name + "=";
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		return fallback;
	}

}
