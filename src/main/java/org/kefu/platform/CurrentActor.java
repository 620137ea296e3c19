package org.kefu.platform;

/**
 * The actor of the current request or job. The identity module provides the real one (users, API
 * clients, org units); without it, the platform falls back to what Spring Security knows.
 */
public interface CurrentActor {

    Actor get();
}
