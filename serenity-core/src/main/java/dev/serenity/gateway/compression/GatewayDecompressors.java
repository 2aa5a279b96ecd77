package dev.serenity.gateway.compression;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Creates {@link GatewayDecompressor}s. The class-presence check is a parameter so that the error for a missing
 * zstd-jni can be tested with zstd-jni on the class path.
 */
final class GatewayDecompressors {

	/** The zstd-jni class {@link ZstdStreamDecompressor} needs. */
	static final String ZSTD_CONTEXT_CLASS = "com.github.luben.zstd.ZstdDecompressCtx";

	private GatewayDecompressors() {
	}

	static GatewayDecompressor create(TransportCompression compression, int maxPayloadBytes,
			Predicate<String> classPresent) {
		Objects.requireNonNull(compression, "'compression' must not be null");
		if (maxPayloadBytes <= 0) {
			throw new IllegalArgumentException("'maxPayloadBytes' must be positive, was " + maxPayloadBytes);
		}
		return switch (compression) {
			case NONE -> new PassThroughDecompressor(maxPayloadBytes);
			case ZLIB_STREAM -> new ZlibStreamDecompressor(maxPayloadBytes);
			case ZSTD_STREAM -> createZstd(maxPayloadBytes, classPresent);
		};
	}

	private static GatewayDecompressor createZstd(int maxPayloadBytes, Predicate<String> classPresent) {
		if (!classPresent.test(ZSTD_CONTEXT_CLASS)) {
			throw new IllegalStateException("Transport compression zstd-stream needs the library zstd-jni, but "
					+ ZSTD_CONTEXT_CLASS + " is not on the class path; add the dependency "
					+ "com.github.luben:zstd-jni or choose zlib-stream compression");
		}
		try {
			return new ZstdStreamDecompressor(maxPayloadBytes);
		}
		catch (LinkageError ex) {
			throw new IllegalStateException("Transport compression zstd-stream needs zstd-jni's native library, "
					+ "which could not be loaded on this platform; check the com.github.luben:zstd-jni dependency "
					+ "or choose zlib-stream compression", ex);
		}
	}

	static boolean isClassPresent(String className) {
		try {
			Class.forName(className, false, GatewayDecompressors.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
