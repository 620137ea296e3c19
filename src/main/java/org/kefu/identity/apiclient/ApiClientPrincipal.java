package org.kefu.identity.apiclient;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/** A channel system or a personal token, as the principal of an API request. */
public record ApiClientPrincipal(long clientId, String name, long orgUnitId, Set<String> permissions)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return name;
    }
}
