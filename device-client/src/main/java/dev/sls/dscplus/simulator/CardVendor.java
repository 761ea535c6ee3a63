package dev.sls.dscplus.simulator;

import dev.sls.core.ocra.OcraSuite;
import dev.sls.dscplus.protocol.pskc.PskcResult;
import dev.sls.dscplus.protocol.pskc.PskcWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A simulated card vendor: makes a batch of cards with random OCRA keys, and writes the PSKC file that goes to the
 * bank with them. The cards of a batch, or of any PSKC file, become {@link DscPlusCard} simulators.
 */
public final class CardVendor {

    /** One card of a batch, secret included: what the vendor knows and the file carries. */
    public record MadeCard(String serial, OcraSuite suite, byte[] secret) {

        public MadeCard {
            secret = secret.clone();
        }

        @Override
        public byte[] secret() {
            return secret.clone();
        }

        /** The card in its holder's hand; {@code localPin} only for suites without P. */
        public DscPlusCard card(String localPin) {
            return DscPlusCard.provision(serial, suite, secret, localPin, 0);
        }

        @Override
        public String toString() {
            return "MadeCard[" + serial + "]";
        }
    }

    public static final String MANUFACTURER = "SLS simulated cards";
    private static final int KEY_BYTES = 32;

    private final List<MadeCard> batch;

    private CardVendor(List<MadeCard> batch) {
        this.batch = List.copyOf(batch);
    }

    /** {@code count} cards with serials {@code <prefix>0001}, {@code <prefix>0002}, … */
    public static CardVendor make(String serialPrefix, int count, OcraSuite suite, SecureRandom random) {
        List<MadeCard> cards = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            byte[] secret = new byte[KEY_BYTES];
            random.nextBytes(secret);
            cards.add(new MadeCard(serialPrefix + String.format("%04d", i), suite, secret));
        }
        return new CardVendor(cards);
    }

    /** The cards a PSKC file describes, as the reference device reads them. */
    public static CardVendor fromFile(PskcResult file) {
        return new CardVendor(file.cards().stream()
                .map(c -> new MadeCard(c.serial(), OcraSuite.parse(c.suite()), c.secret())).toList());
    }

    public List<MadeCard> cards() {
        return batch;
    }

    public Optional<MadeCard> find(String serial) {
        return batch.stream().filter(c -> c.serial().equals(serial)).findFirst();
    }

    /** The vendor's PSKC file for this batch, written with {@code writer} (plain, pre-shared key or password). */
    public String pskc(PskcWriter writer) {
        int keyId = 1;
        for (MadeCard card : batch) {
            writer.add(new PskcWriter.Entry(card.serial(), card.serial() + "-" + keyId++, MANUFACTURER, card.suite(),
                    card.secret()));
        }
        return writer.write();
    }

    @Override
    public String toString() {
        return "CardVendor[" + batch.size() + " cards]";
    }
}
