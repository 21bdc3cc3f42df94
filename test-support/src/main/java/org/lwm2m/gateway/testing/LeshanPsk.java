package org.lwm2m.gateway.testing;

import org.eclipse.leshan.server.security.EditableSecurityStore;
import org.eclipse.leshan.server.security.NonUniqueSecurityInfoException;
import org.eclipse.leshan.server.security.SecurityInfo;

/** Pre-shared keys in a Leshan security store, for the test servers. */
final class LeshanPsk {

    private LeshanPsk() {
    }

    /** Lets {@code endpoint} connect over DTLS with this PSK identity and key (and only so). */
    static void add(EditableSecurityStore store, String endpoint, String identity, byte[] key) {
        try {
            store.add(SecurityInfo.newPreSharedKeyInfo(endpoint, identity, key));
        } catch (NonUniqueSecurityInfoException e) {
            throw new IllegalArgumentException("PSK identity " + identity + " is taken", e);
        }
    }
}
