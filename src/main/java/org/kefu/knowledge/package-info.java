/**
 * Knowledge and the intelligent assistant (R4.3): articles in zh-CN and en with a review workflow and
 * versions, full-text search (Lucene, smartcn for Chinese), intents with training utterances, a classifier
 * trained inside Kefu from them, and the assistant that answers customers and agents from the published
 * articles, runs slot-filling dialogues and hands off to a human by opening a case.
 *
 * <p>The top-level types are the module's contracts between its parts (articles and search, the intent
 * classifier, the assistant) and with other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package org.kefu.knowledge;
