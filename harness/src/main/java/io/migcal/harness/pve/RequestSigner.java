package io.migcal.harness.pve;

import java.io.IOException;
import okhttp3.Request;

/** Adds credentials to one request; {@code write} is true for anything but GET (CSRF applies). */
interface RequestSigner {

    void sign(Request.Builder request, boolean write) throws IOException, InterruptedException;

    /** Token auth: one header, no state. */
    static RequestSigner token(PveAuth.Token token) {
        return (request, write) -> request.header("Authorization",
                "PVEAPIToken=" + token.tokenId() + "=" + token.secret().reveal());
    }
}
