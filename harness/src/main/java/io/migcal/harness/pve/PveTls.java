package io.migcal.harness.pve;

import io.migcal.harness.config.TlsTrust;

import io.migcal.model.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies a {@link TlsTrust} to an OkHttp client: the trust manager and the matching host-name check. */
final class PveTls {
    private static final Logger LOG = LoggerFactory.getLogger(PveTls.class);

    private PveTls() {
    }

    static OkHttpClient.Builder apply(OkHttpClient.Builder builder, PveEndpoint endpoint) {
        TlsTrust trust = endpoint.trust();
        if (trust instanceof TlsTrust.PinnedSha256 pin) {
            // the pin names the node's own certificate, so the host name adds nothing (clusters are reached by IP)
            return withTrustManager(builder, new PinnedCertificateTrustManager(pin.fingerprint()))
                    .hostnameVerifier((host, session) -> true);
        }
        if (trust instanceof TlsTrust.CaPemFile ca) {
            return withTrustManager(builder, caTrustManager(ca));
        }
        LOG.warn("TLS verification is OFF for {} (insecureSkipTlsVerify): anyone on the path can read the API "
                + "token and change what is measured; pin the certificate fingerprint instead", endpoint.describe());
        return withTrustManager(builder, new TrustEverything()).hostnameVerifier((host, session) -> true);
    }

    private static OkHttpClient.Builder withTrustManager(OkHttpClient.Builder builder, X509TrustManager trustManager) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return builder.sslSocketFactory(context.getSocketFactory(), trustManager);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager caTrustManager(TlsTrust.CaPemFile ca) {
        try (InputStream in = Files.newInputStream(ca.file())) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new BadInputException("CA file " + ca.file() + " holds no PEM certificate; "
                        + "copy /etc/pve/pve-root-ca.pem from a node");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return (X509TrustManager) factory.getTrustManagers()[0];
        } catch (IOException | CertificateException e) {
            throw new BadInputException("CA file " + ca.file() + " cannot be read as PEM certificates ("
                    + e.getClass().getSimpleName() + "); copy /etc/pve/pve-root-ca.pem from a node");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot build a trust store: " + e.getMessage(), e);
        }
    }

    /** The explicit, warned-about opt-out. */
    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // not used for servers
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // deliberately trusts anything: the user asked for insecureSkipTlsVerify
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
