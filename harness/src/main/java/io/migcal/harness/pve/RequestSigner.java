package io.migcal.harness.pve;

import java.io.IOException;
import okhttp3.Request;

/** Adds credentials to one request; {@code write} is true for anything but GET (CSRF applies). */
interface RequestSigner {

    void sign(Request.Builder request, boolean write) throws IOException, InterruptedException;

    /** Token auth: one header, no state; the secret is read once, so a missing one fails before any call. */
    static RequestSigner token(PveAuth.Token token) {
        String header = "PVEAPIToken=" + token.tokenId() + "=" + token.secret().reveal();
        return (request, write) -> request.header("Authorization", header);
    }
}
