package dev.serenity.boot.autoconfigure.health;

import java.util.List;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.AdditionalPathsMapper;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;

/**
 * Adds the {@code discord} health contributor to the {@code readiness} group, so that the readiness probe refuses
 * traffic until every shard of this instance was READY once (and while a shard is fatally closed). It runs after
 * Boot's availability probes post-processor, which creates that group. A readiness group whose members the user
 * configured ({@code management.endpoint.health.group.readiness.include}) is left alone.
 */
class DiscordReadinessHealthEndpointGroupsPostProcessor implements HealthEndpointGroupsPostProcessor {

	static final String READINESS = "readiness";

	private final String member;

	/**
	 * Create the post-processor.
	 * @param member the contributor to add, or {@code null} to leave the group alone
	 */
	DiscordReadinessHealthEndpointGroupsPostProcessor(String member) {
		this.member = member;
	}

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		if (this.member == null || groups.get(READINESS) == null) {
			return groups;
		}
		return new Groups(groups, this.member);
	}

	private static final class Groups implements HealthEndpointGroups, AdditionalPathsMapper {

		private final HealthEndpointGroups delegate;

		private final HealthEndpointGroup readiness;

		Groups(HealthEndpointGroups delegate, String member) {
			this.delegate = delegate;
			this.readiness = new ReadinessGroup(delegate.get(READINESS), member);
		}

		@Override
		public HealthEndpointGroup getPrimary() {
			return this.delegate.getPrimary();
		}

		@Override
		public Set<String> getNames() {
			return this.delegate.getNames();
		}

		@Override
		public HealthEndpointGroup get(String name) {
			return READINESS.equals(name) ? this.readiness : this.delegate.get(name);
		}

		@Override
		public List<String> getAdditionalPaths(EndpointId endpointId, WebServerNamespace webServerNamespace) {
			return (this.delegate instanceof AdditionalPathsMapper mapper)
					? mapper.getAdditionalPaths(endpointId, webServerNamespace) : null;
		}

	}

	private static final class ReadinessGroup implements HealthEndpointGroup {

		private final HealthEndpointGroup delegate;

		private final String member;

		ReadinessGroup(HealthEndpointGroup delegate, String member) {
			this.delegate = delegate;
			this.member = member;
		}

		@Override
		public boolean isMember(String name) {
			return this.member.equals(name) || this.delegate.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return this.delegate.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return this.delegate.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return this.delegate.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return this.delegate.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return this.delegate.getAdditionalPath();
		}

	}

}
