package se.samverkansgrafen.history;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The git history of {@code samverkan.data.root}.
 *
 * @param enabled            make the data root a git repository (initialised when it is not
 *                           one) and allow writes; off by default, so the service never
 *                           commits into the checkout it was built from unless told to
 * @param remote             a repository the replicas share (a bare repository's path or
 *                           URL), fetched at start and by the reload endpoint, pushed to
 *                           after each commit; unset = history stays local
 * @param branch             the branch the data lives on
 * @param pauseBetweenSteps  test hook: sleep this long between the steps of a write, so a
 *                           test can kill the process in the middle of one; 0 in service
 */
@ConfigurationProperties("samverkan.history")
public record HistoryProperties(@DefaultValue("false") boolean enabled, String remote,
        @DefaultValue("main") String branch, @DefaultValue("0s") Duration pauseBetweenSteps) {
}
