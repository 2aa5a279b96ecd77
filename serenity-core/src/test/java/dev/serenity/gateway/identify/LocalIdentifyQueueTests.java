package dev.serenity.gateway.identify;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link LocalIdentifyQueue} on virtual time.
 */
class LocalIdentifyQueueTests {

	private static final Duration WINDOW = LocalIdentifyQueue.DEFAULT_WINDOW;

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final InstantSource clock = () -> Instant.ofEpochMilli(this.scheduler.now(TimeUnit.MILLISECONDS));

	/** Release times in virtual milliseconds, in release order. */
	private final List<Release> releases = new ArrayList<>();

	@AfterEach
	void disposeScheduler() {
		this.scheduler.dispose();
	}

	@Test
	void sixteenShardsWithMaxConcurrencyFourStartInGroupsFiveSecondsApart() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(4, WINDOW, Duration.ZERO, this.scheduler, this.clock);
		for (int shard = 0; shard < 16; shard++) {
			enqueue(queue, shard);
		}
		assertThat(this.releases).extracting(Release::shardId).containsExactly(0, 1, 2, 3);

		this.scheduler.advanceTimeBy(Duration.ofSeconds(15));

		assertThat(this.releases).hasSize(16);
		assertThat(queue.pending()).isZero();
		for (Release release : this.releases) {
			assertThat(release.atMillis()).as("release of shard %d", release.shardId())
				.isEqualTo((release.shardId() / 4) * WINDOW.toMillis());
		}
		Map<Integer, List<Release>> byBucket = byBucket(4);
		byBucket.forEach((bucket, released) -> {
			assertThat(released).extracting(Release::shardId)
				.as("bucket %d in FIFO order", bucket)
				.containsExactly(bucket, bucket + 4, bucket + 8, bucket + 12);
			for (int i = 1; i < released.size(); i++) {
				assertThat(released.get(i).atMillis() - released.get(i - 1).atMillis())
					.as("gap in bucket %d", bucket)
					.isGreaterThanOrEqualTo(WINDOW.toMillis());
			}
		});
	}

	@Test
	void nothingOfABucketIsReleasedBeforeItsWindowEnds() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(4, WINDOW, Duration.ZERO, this.scheduler, this.clock);
		for (int shard = 0; shard < 16; shard++) {
			enqueue(queue, shard);
		}
		this.scheduler.advanceTimeBy(WINDOW.minusMillis(1));
		assertThat(this.releases).hasSize(4);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.releases).hasSize(8);
		assertThat(queue.pending()).isEqualTo(8);
	}

	@Test
	void releaseOrderWithinABucketIsEnqueueOrder() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(2, WINDOW, Duration.ZERO, this.scheduler, this.clock);
		for (int shard : new int[] { 6, 3, 2, 5, 0, 4, 1 }) {
			enqueue(queue, shard);
		}
		this.scheduler.advanceTimeBy(Duration.ofSeconds(20));
		Map<Integer, List<Release>> byBucket = byBucket(2);
		assertThat(byBucket.get(0)).extracting(Release::shardId).containsExactly(6, 2, 0, 4);
		assertThat(byBucket.get(0)).extracting(Release::atMillis).containsExactly(0L, 5_000L, 10_000L, 15_000L);
		assertThat(byBucket.get(1)).extracting(Release::shardId).containsExactly(3, 5, 1);
		assertThat(byBucket.get(1)).extracting(Release::atMillis).containsExactly(0L, 5_000L, 10_000L);
	}

	@Test
	void bucketsAreIndependent() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(2, WINDOW, Duration.ZERO, this.scheduler, this.clock);
		enqueue(queue, 0);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(3));
		enqueue(queue, 1);
		enqueue(queue, 2);
		enqueue(queue, 3);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(10));
		assertThat(this.releases).containsExactly(new Release(0, 0), new Release(1, 3_000), new Release(2, 5_000),
				new Release(3, 8_000));
	}

	@Test
	void shardEnqueuedAfterTheWindowPassedIsReleasedAtOnce() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(1, WINDOW, Duration.ZERO, this.scheduler, this.clock);
		enqueue(queue, 0);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(7));
		CompletableFuture<Void> stage = enqueue(queue, 0);
		assertThat(stage).isDone();
		assertThat(this.releases).containsExactly(new Release(0, 0), new Release(0, 7_000));
	}

	@Test
	void cancelledWaiterDoesNotUseTheBucketsWindow() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(4, WINDOW, Duration.ZERO, this.scheduler, this.clock);
		enqueue(queue, 0);
		CompletableFuture<Void> cancelled = enqueue(queue, 4);
		enqueue(queue, 8);
		assertThat(cancelled.cancel(false)).isTrue();
		assertThat(queue.pending()).isOne();

		this.scheduler.advanceTimeBy(WINDOW);

		assertThat(this.releases).containsExactly(new Release(0, 0), new Release(8, 5_000));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(30));
		assertThat(this.releases).hasSize(2);
	}

	@Test
	void releaseRefusedByAStageCancelledMeanwhileIsTakenBack() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(2, WINDOW, Duration.ZERO, this.scheduler, this.clock);
		enqueue(queue, 0);
		enqueue(queue, 1);
		CompletableFuture<Void> bucketZero = enqueue(queue, 2);
		CompletableFuture<Void> bucketOne = enqueue(queue, 3);
		enqueue(queue, 5);
		// both are released in one pass at 5 s; shard 3 gives up while shard 2's release is being delivered, after
		// the queue chose it but before its stage completes
		bucketZero.thenRun(() -> bucketOne.cancel(false));

		this.scheduler.advanceTimeBy(WINDOW);

		assertThat(bucketOne).isCancelled();
		assertThat(this.releases).containsExactly(new Release(0, 0), new Release(1, 0), new Release(2, 5_000),
				new Release(5, 5_000));
	}

	@Test
	void raisingMaxConcurrencySpreadsWaitingShardsOverTheNewBuckets() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(1, WINDOW, Duration.ZERO, this.scheduler, this.clock);
		for (int shard = 0; shard < 8; shard++) {
			enqueue(queue, shard);
		}
		assertThat(this.releases).containsExactly(new Release(0, 0));

		queue.maxConcurrency(4);

		assertThat(queue.maxConcurrency()).isEqualTo(4);
		this.scheduler.advanceTimeBy(WINDOW.minusMillis(1));
		assertThat(this.releases).as("no new bucket before the old bucket's window ends").hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.releases.subList(1, 5)).containsExactlyInAnyOrder(new Release(1, 5_000), new Release(2, 5_000),
				new Release(3, 5_000), new Release(4, 5_000));
		this.scheduler.advanceTimeBy(WINDOW);
		assertThat(this.releases.subList(5, 8)).containsExactlyInAnyOrder(new Release(5, 10_000),
				new Release(6, 10_000), new Release(7, 10_000));
	}

	@Test
	void maxConcurrencySetBeforeAnyIdentifyAppliesAtOnce() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(1, WINDOW, Duration.ZERO, this.scheduler, this.clock);
		queue.maxConcurrency(16);
		for (int shard = 0; shard < 32; shard++) {
			enqueue(queue, shard);
		}
		assertThat(this.releases).hasSize(16);
		this.scheduler.advanceTimeBy(WINDOW);
		assertThat(this.releases).hasSize(32);
	}

	@Test
	void waitingShardsFailWhenTheSchedulerRejectsTheTimer() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(1, WINDOW, Duration.ZERO, this.scheduler, this.clock);
		enqueue(queue, 0);
		this.scheduler.dispose();
		CompletableFuture<Void> waiting = queue.enqueue(1);
		assertThat(waiting).failsWithin(Duration.ZERO)
			.withThrowableThat()
			.havingCause()
			.isInstanceOf(IllegalStateException.class)
			.withMessageContaining("scheduler rejected");
		assertThat(queue.pending()).isZero();
	}

	@Test
	void defaultQueueSpacesABucketsReleasesByTheWindowAndASafetyMargin() {
		LocalIdentifyQueue queue = new LocalIdentifyQueue(1, this.scheduler, this.clock);
		assertThat(queue.spacing()).isEqualTo(WINDOW.plus(LocalIdentifyQueue.DEFAULT_MARGIN));
		enqueue(queue, 0);
		enqueue(queue, 1);
		this.scheduler.advanceTimeBy(WINDOW);
		assertThat(this.releases).extracting(Release::shardId).containsExactly(0);
		this.scheduler.advanceTimeBy(LocalIdentifyQueue.DEFAULT_MARGIN);
		assertThat(this.releases).extracting(Release::atMillis).containsExactly(0L, 5100L);
	}

	@Test
	void shortWindowsGetATwentiethAsTheirMargin() {
		assertThat(new LocalIdentifyQueue(1, Duration.ofMillis(1000), this.scheduler, this.clock).spacing())
			.isEqualTo(Duration.ofMillis(1050));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LocalIdentifyQueue(1, WINDOW, Duration.ofMillis(-1), this.scheduler, this.clock))
			.withMessageContaining("'margin'");
	}

	@Test
	void invalidArgumentsAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LocalIdentifyQueue(0, WINDOW, Duration.ZERO, this.scheduler, this.clock))
			.withMessageContaining("'maxConcurrency'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LocalIdentifyQueue(1, Duration.ZERO, this.scheduler, this.clock))
			.withMessageContaining("'window'");
		LocalIdentifyQueue queue = new LocalIdentifyQueue(1, this.scheduler, this.clock);
		assertThat(queue.window()).isEqualTo(Duration.ofSeconds(5));
		assertThatIllegalArgumentException().isThrownBy(() -> queue.enqueue(-1)).withMessageContaining("'shardId'");
		assertThatIllegalArgumentException().isThrownBy(() -> queue.maxConcurrency(0));
	}

	private CompletableFuture<Void> enqueue(IdentifyQueue queue, int shardId) {
		CompletableFuture<Void> stage = queue.enqueue(shardId).toCompletableFuture();
		stage.thenRun(() -> this.releases.add(new Release(shardId, this.scheduler.now(TimeUnit.MILLISECONDS))));
		return stage;
	}

	private Map<Integer, List<Release>> byBucket(int maxConcurrency) {
		Map<Integer, List<Release>> byBucket = new TreeMap<>();
		for (Release release : this.releases) {
			byBucket.computeIfAbsent(release.shardId() % maxConcurrency, (bucket) -> new ArrayList<>()).add(release);
		}
		return byBucket;
	}

	private record Release(int shardId, long atMillis) {
	}

}
