package org.kefu.knowledge;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with what committed: a publication or retirement that rolls back never reaches
 * readers, and one that commits is searchable when the request that made it returns.
 */
@Component
class ArticleIndexSync {

    private final ArticleIndex index;

    ArticleIndexSync(ArticleIndex index) {
        this.index = index;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ServedArticleChanged changed) {
        index.refresh(changed.articleId());
    }
}
