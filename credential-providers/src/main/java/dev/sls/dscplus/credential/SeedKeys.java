package dev.sls.dscplus.credential;

import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The server's seed key, read once from the credential provider's server option {@value #OPTION}
 * ({@code --spi-credential--sls-dsc-plus--seed-key=<Base64 or hex of 16/24/32 bytes>}, or the environment variable
 * {@code KC_SPI_CREDENTIAL__SLS_DSC_PLUS__SEED_KEY}). Without it no card can be imported, activated or used.
 */
public final class SeedKeys {

    public static final String OPTION = "seed-key";
    private static final Logger LOG = Logger.getLogger(SeedKeys.class);

    private volatile SeedSeal seal;

    void configure(String keyText) {
        if (keyText == null || keyText.isBlank()) {
            LOG.warnf("No DSC+ seed key (server option spi-credential--sls-dsc-plus--%s): DSC+ cards cannot be"
                    + " imported or used", OPTION);
            return;
        }
        try {
            seal = SeedSeal.withKeyText(keyText);
            LOG.infof("DSC+ seed key %s configured", seal.keyId());
        } catch (IllegalArgumentException e) {
            LOG.errorf("DSC+ seed key not usable: %s", e.getMessage());
        }
    }

    public Optional<SeedSeal> seal() {
        return Optional.ofNullable(seal);
    }
}
