package dev.sls.testkit.signing;

import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.signing.DeviceMessage;
import dev.sls.core.signing.DeviceSignatures;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * How much one device-request signature check (ECDSA P-256, SHA-256, as {@link DeviceSignatures} does it) costs with
 * each provider on the running JDK, and what decoding the device's public key costs (what the per-credential cache
 * saves). Plain timing, not JMH: warm up, then the median of several rounds. Run it on each JDK Keycloak may use:
 *
 * <pre>
 * mvn -B -q -o -pl testkit -am package -DskipTests
 * CP=testkit/target/classes:protocol/target/classes:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.84/*.jar)
 * /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp $CP dev.sls.testkit.signing.SignatureCheckTiming
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp $CP dev.sls.testkit.signing.SignatureCheckTiming
 * </pre>
 *
 * {@code -Dwarmup=N} sets the warm-up rounds per provider (default 20): the JDK's pure-Java P-256 arithmetic
 * needs its hot methods compiled by C2 before it shows its real cost, which takes long on a loaded machine.
 * <pre>
 * </pre>
 *
 * Results and what they mean: docs/benchmarks/signature-checks.md.
 */
public final class SignatureCheckTiming {

    private static final int MESSAGES = 64;
    private static final int ROUNDS = 7;
    private static final int CHECKS_PER_ROUND = 200;

    private SignatureCheckTiming() {
    }

    public static void main(String[] args) throws Exception {
        KeyPair keys = DeviceKeys.generate();
        List<DeviceMessage> messages = new ArrayList<>();
        List<byte[]> signatures = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            DeviceMessage message = DeviceMessage.builder().action("decide").realm("demo").deviceHandle("u.c")
                    .challengeId("challenge-" + i).nonce("nonce-" + i + "-0123456789abcdef").decision("approve")
                    .time(Instant.ofEpochSecond(1_700_000_000L + i)).build();
            messages.add(message);
            signatures.add(Base64.getUrlDecoder().decode(DeviceSignatures.sign(keys.getPrivate(), message)));
        }
        System.out.printf(Locale.ROOT, "JDK %s (%s), %d CPUs%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
        Provider sunEc = Signature.getInstance("SHA256withECDSA").getProvider();
        Provider bc = new BouncyCastleProvider();
        List<Provider> providers = List.of(sunEc, bc);
        List<PublicKey> providerKeys = new ArrayList<>();
        for (Provider provider : providers) {
            providerKeys.add(KeyFactory.getInstance("EC", provider)
                    .generatePublic(new X509EncodedKeySpec(keys.getPublic().getEncoded())));
        }
        // Rounds alternate between the providers, so a machine whose load changes slows both alike.
        double[][] perCheck = new double[providers.size()][ROUNDS];
        int warmUp = Integer.getInteger("warmup", 20);
        for (int r = -warmUp; r < ROUNDS; r++) {
            for (int p = 0; p < providers.size(); p++) {
                int n = p;
                double micros = time(() -> verifyAll(providers.get(n), providerKeys.get(n), messages, signatures));
                if (r >= 0) {
                    perCheck[p][r] = micros;
                } else if (Boolean.getBoolean("verbose")) {
                    System.out.printf(Locale.ROOT, "  warm-up %s %.1f µs%n", providers.get(p).getName(), micros);
                }
            }
        }
        for (int p = 0; p < providers.size(); p++) {
            java.util.Arrays.sort(perCheck[p]);
            System.out.printf(Locale.ROOT, "verify %-28s %8.1f µs per check (median of %d rounds of %d)%n",
                    providers.get(p).getName() + " " + providers.get(p).getVersionStr(), perCheck[p][ROUNDS / 2],
                    ROUNDS, CHECKS_PER_ROUND);
        }
        String encoded = DeviceKeys.encodePublic(keys.getPublic());
        double decode = median(() -> {
            for (int i = 0; i < CHECKS_PER_ROUND; i++) {
                if (DeviceKeys.decodePublic(encoded) == null) {
                    throw new IllegalStateException();
                }
            }
        });
        System.out.printf(Locale.ROOT, "decode public key (DeviceKeys)        %8.1f µs per key%n", decode);
    }

    private static void verifyAll(Provider provider, PublicKey key, List<DeviceMessage> messages,
                                  List<byte[]> signatures) {
        try {
            for (int i = 0; i < CHECKS_PER_ROUND; i++) {
                int n = i % MESSAGES;
                Signature verifier = Signature.getInstance("SHA256withECDSA", provider);
                verifier.initVerify(key);
                verifier.update(messages.get(n).canonicalBytes());
                if (!verifier.verify(signatures.get(n))) {
                    throw new IllegalStateException("a good signature did not verify with " + provider.getName());
                }
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double time(Runnable round) {
        long start = System.nanoTime();
        round.run();
        return (System.nanoTime() - start) / 1000.0 / CHECKS_PER_ROUND;
    }

    /** Microseconds per operation: two warm-up rounds, then the median of {@link #ROUNDS}. */
    private static double median(Runnable round) {
        round.run();
        round.run();
        double[] perOp = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            round.run();
            perOp[r] = (System.nanoTime() - start) / 1000.0 / CHECKS_PER_ROUND;
        }
        java.util.Arrays.sort(perOp);
        return perOp[ROUNDS / 2];
    }
}
