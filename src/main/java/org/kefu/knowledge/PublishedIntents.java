package org.kefu.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * {@link IntentCatalog} from the database (not the index, so a classifier trained at start-up never sees a
 * half-built index): the utterances of served, in-force articles that carry an intent, both languages.
 */
@Service
class PublishedIntents implements IntentCatalog {

    private final ArticleStore store;
    private final Clock clock;

    PublishedIntents(ArticleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<LabelledUtterance> trainingSet() {
        Instant now = clock.instant();
        List<LabelledUtterance> set = new ArrayList<>();
        store.served().stream()
                .filter(a -> a.content().intent() != null && a.content().inForce(now))
                .sorted(Comparator.comparing(ServedArticle::id))
                .forEach(a -> {
                    String intent = a.content().intent();
                    a.content().utterancesZh().forEach(u -> set.add(new LabelledUtterance(u, intent, Language.ZH)));
                    a.content().utterancesEn().forEach(u -> set.add(new LabelledUtterance(u, intent, Language.EN)));
                });
        return set.stream().distinct().toList();
    }
}
