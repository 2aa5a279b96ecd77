package dev.serenity.boot.autoconfigure.diagnostics;

import java.util.EnumSet;
import java.util.Set;

import dev.serenity.client.ShardBootFailure;
import dev.serenity.gateway.GatewayCloseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Base of the analyzers of a {@link ShardBootFailure}: each one handles some {@link ShardBootFailure.Reason}s.
 */
abstract class AbstractShardBootFailureAnalyzer extends AbstractFailureAnalyzer<ShardBootFailure> {

	private final Set<ShardBootFailure.Reason> reasons;

	AbstractShardBootFailureAnalyzer(ShardBootFailure.Reason first, ShardBootFailure.Reason... others) {
		this.reasons = EnumSet.of(first, others);
	}

	@Override
	protected final FailureAnalysis analyze(Throwable rootFailure, ShardBootFailure cause) {
		return this.reasons.contains(cause.reason()) ? analyzeFailure(cause) : null;
	}

	/**
	 * Analyze a failure of one of the reasons this analyzer handles.
	 * @param failure the failure
	 * @return the analysis, or {@code null}
	 */
	abstract FailureAnalysis analyzeFailure(ShardBootFailure failure);

	/**
	 * Return Discord's close code behind a failure.
	 * @param failure the failure
	 * @return the code, or 0 when no shard was closed
	 */
	static int closeCode(ShardBootFailure failure) {
		return (failure.getCause() instanceof GatewayCloseException closed) ? closed.closeCode() : 0;
	}

}
